import type { Role } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { Tappable } from '../../components/Tappable'
import { ROLE_NAMES, savedUnit } from '../../lib/roles'
import { useLoad } from '../../lib/useLoad'
import { Picker } from '../parts/Picker'
import type { Office } from '../parts/office'
import { sectionsFor } from './sections'
import '../office.css'

const OFFICE_ROLES: Role[] = ['townAdmin', 'infoAdmin', 'villageLeader', 'reviewBoard']

/**
 * Who the console is for: the office role chosen on the home, else the person's first one;
 * and the villages they work on: all for the town, else their own.
 */
async function loadOffice() {
  const [me, { items: units }] = await Promise.all([call('me'), call('myUnits')])
  const saved = savedUnit()
  const offices = units.filter((u) => OFFICE_ROLES.includes(u.role))
  const unit =
    offices.find((u) => u.role === saved?.role && u.scopeId === saved.scopeId) ?? offices[0]
  if (!unit) throw new Error('您没有办公台的职务：请回首页')
  const villages =
    unit.role === 'townAdmin'
      ? (await call('listVillages')).items
      : [{ id: unit.villageId!, name: unit.villageName ?? unit.name }]
  return { role: unit.role, townId: me.townId, personId: me.id, villages }
}

/**
 * The office console: a side menu of the office's tasks (a list on top on a phone) and the
 * chosen one beside it, on the village picked above it where the task is a village's.
 */
export default function Console() {
  const loaded = useLoad(loadOffice, [])
  const [sectionKey, setSectionKey] = useState<string>()
  const [villageId, setVillageId] = useState<string>()
  return (
    <Screen className="office">
      <Loadable load={loaded} empty="" isEmpty={() => false}>
        {(base) => {
          const sections = sectionsFor(base.role)
          const section = sections.find((s) => s.key === sectionKey) ?? sections[0]!
          const office: Office = {
            ...base,
            isTown: base.role === 'townAdmin',
            villageId: villageId ?? base.villages[0]?.id,
            villageAdded: (id) => {
              setVillageId(id)
              loaded.reload()
            },
            open: (key, village) => {
              setSectionKey(key)
              if (village) setVillageId(village)
            },
          }
          return (
            <View className="office__layout">
              <View
                className="office__menu"
                {...{ role: 'navigation', 'aria-label': '办公台菜单' }}
              >
                <Text className="office__who">{ROLE_NAMES[base.role]}</Text>
                {sections.map((s) => (
                  <Tappable
                    key={s.key}
                    className={`office__item ${s === section ? 'office__item--on' : ''}`}
                    pressed={s === section}
                    onTap={() => setSectionKey(s.key)}
                  >
                    {s.title}
                  </Tappable>
                ))}
              </View>
              <View className="office__main" {...{ role: 'main' }}>
                <Text className="title">{section.title}</Text>
                {section.village && office.isTown && (
                  <Picker
                    label="哪个村"
                    options={office.villages}
                    value={office.villageId}
                    onChange={setVillageId}
                  />
                )}
                {section.village && !office.villageId && section.key !== 'villages' ? (
                  <Text className="hint">还没有村：先在“村与网格”里新建</Text>
                ) : (
                  <section.Screen key={`${section.key}${office.villageId}`} office={office} />
                )}
              </View>
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
