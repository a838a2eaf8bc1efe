import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { DownloadButton } from '../../components/DownloadButton'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import type { Office } from '../parts/office'
import { HouseholdBeans } from './HouseholdBeans'
import { HouseholdChanges } from './HouseholdChanges'
import { NewPerson } from './NewPerson'
import { PersonPanel } from './PersonPanel'

/** One household: its members (open one to correct them), new members, and what can change. */
export function HouseholdPanel({
  office,
  householdId,
  groups,
  changed,
}: {
  office: Office
  householdId: string
  groups: { id: string; name: string }[]
  changed: () => void
}) {
  const household = useLoad(() => call('getHousehold', { params: { householdId } }), [householdId])
  const [person, setPerson] = useState<string>()
  return (
    <Loadable load={household} empty="" isEmpty={() => false}>
      {(h) => (
        <View className="card office-panel" data-testid="household-panel">
          <Text className="subtitle">
            {h.headName} 户 · 余 {h.balance} 豆{h.closed ? ` · 已注销（${h.closed.reason}）` : ''}
          </Text>
          <DownloadButton
            label="下载山药豆明细（Excel）"
            route="exportLedger"
            input={{ query: { householdId } }}
            fallbackName={`${h.headName}户山药豆明细.xlsx`}
          />
          <DataTable
            name="成员"
            rows={h.members}
            rowKey={(m) => m.id}
            empty="这一户还没有成员：在下面添加"
            columns={[
              { title: '姓名', value: (m) => m.name },
              { title: '手机号', value: (m) => m.phone ?? '—' },
              { title: '党员', value: (m) => (m.partyMember ? '是' : '—') },
              {
                title: '操作',
                wide: true,
                value: () => '',
                show: (m) => (
                  <Button
                    className="button button--small"
                    label={`打开 ${m.name}`}
                    onClick={() => setPerson(m.id)}
                  >
                    打开
                  </Button>
                ),
              },
            ]}
          />
          {person && (
            <PersonPanel
              key={person}
              office={office}
              personId={person}
              changed={household.reload}
            />
          )}
          <Text className="subtitle">添加成员</Text>
          <NewPerson householdId={householdId} added={household.reload} />
          <HouseholdChanges
            household={h}
            groups={groups}
            changed={() => {
              household.reload()
              changed()
            }}
          />
          <HouseholdBeans office={office} household={h} changed={household.reload} />
        </View>
      )}
    </Loadable>
  )
}
