import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { grantRole } from '../../api/routes'
import { household as fetchHousehold } from '../../api/session'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

type Household = {
  id: string
  headName: string
  groupId: string
  groupName: string
  gridId: string
  gridName: string
}

/** Makes a member of the household the leader of its group (联户小组长) or its micro-grid. */
export function AppointPanel({
  household,
  onDone,
  onCancel,
}: {
  household: Household
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const members = useLoad(async () => (await fetchHousehold(household.id)).members, [])
  const [personId, setPersonId] = useState('')
  const appoint = useAction()
  const units = {
    linkLeader: { id: household.groupId, title: `${household.groupName}的联户小组长` },
    gridLeader: { id: household.gridId, title: `${household.gridName}的微网格长` },
  }
  const confirm = (role: keyof typeof units, name: string) =>
    appoint.run(async () => {
      await grantRole(personId, role, units[role].id)
      onDone(`已任命 ${name} 为${units[role].title}`)
    })
  return (
    <View data-testid="appoint">
      <Loadable load={members} empty="这一户还没有登记成员，请先录入">
        {(list) => (
          <View>
            <Text className="muted">任命谁：</Text>
            <Chips
              options={list.map((m) => m.id)}
              value={personId}
              onChange={setPersonId}
              label={(id) => list.find((m) => m.id === id)!.name}
            />
            {appoint.error && <Text className="error">{appoint.error}</Text>}
            {(['linkLeader', 'gridLeader'] as const).map((role) => (
              <Button
                key={role}
                className="button"
                disabled={!personId}
                loading={appoint.busy}
                onClick={() => confirm(role, list.find((m) => m.id === personId)!.name)}
              >
                任命为{units[role].title}
              </Button>
            ))}
          </View>
        )}
      </Loadable>
      <Button className="button button--plain" onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
