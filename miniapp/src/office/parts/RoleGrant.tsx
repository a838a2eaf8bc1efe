import { ROLE_SCOPES, type Role } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { ROLE_NAMES } from '../../lib/roles'
import { useLoad } from '../../lib/useLoad'
import { Outcome } from './Outcome'
import { Picker } from './Picker'
import { groupsOf, type Office } from './office'
import { useWrite } from './useWrite'

const STAFF: Role[] = [
  'linkLeader',
  'gridLeader',
  'villageLeader',
  'infoAdmin',
  'reviewBoard',
  'clerk',
  'townAdmin',
]
/** The info admin appoints the village's link and grid leaders; the town appoints everyone. */
const rolesFor = (office: Office) => (office.isTown ? STAFF : STAFF.slice(0, 2))

/** Where a role may be held: the units of its kind that the console knows. */
async function scopesOf(role: Role, office: Office) {
  const kind = ROLE_SCOPES[role]
  if (kind === 'town') return [{ id: office.townId, name: '本镇' }]
  if (kind === 'village') return office.villages
  if (kind === 'shop') return (await call('listShops')).items
  if (!office.villageId) return []
  if (kind === 'group') return groupsOf(office.villageId)
  return (await call('getVillage', { params: { villageId: office.villageId } })).grids
}

/** Gives a person a role, with a picker of the units that role can be held in. */
export function RoleGrant({
  office,
  personId,
  granted,
}: {
  office: Office
  personId: string
  granted: () => void
}) {
  const [role, setRole] = useState<Role>()
  const [scopeId, setScopeId] = useState<string>()
  const scopes = useLoad(async () => (role ? scopesOf(role, office) : []), [role, office.villageId])
  const write = useWrite()
  const grant = () =>
    write
      .run(
        () => call('grantRole', { body: { personId, role: role!, scopeId: scopeId! } }),
        `已任命为${ROLE_NAMES[role!]}`,
      )
      .then((ok) => ok && granted())
  return (
    <View className="office-form">
      <Chips
        options={rolesFor(office)}
        value={role}
        onChange={(r) => {
          setRole(r)
          setScopeId(undefined)
        }}
        label={(r) => ROLE_NAMES[r]}
      />
      {role && (
        <Loadable load={scopes} empty="还没有可以任职的地方：先建好村、网格、小组或超市">
          {(options) => (
            <Picker label="在哪里任职" options={options} value={scopeId} onChange={setScopeId} />
          )}
        </Loadable>
      )}
      <Outcome write={write} />
      <Button disabled={!role || !scopeId} loading={write.busy} onClick={grant}>
        任命
      </Button>
    </View>
  )
}
