import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { ConfirmButton } from '../../components/ConfirmButton'
import { Loadable } from '../../components/Loadable'
import { ReasonButton } from '../../components/ReasonButton'
import { ROLE_NAMES } from '../../lib/roles'
import { useLoad } from '../../lib/useLoad'
import { Outcome } from '../parts/Outcome'
import { RoleGrant } from '../parts/RoleGrant'
import type { Office } from '../parts/office'
import { useWrite } from '../parts/useWrite'
import { useState } from 'react'
import { Correction } from './PersonCorrection'

/** One person: correct them, show a new bind code, their roles, or mark them as left. */
export function PersonPanel({
  office,
  personId,
  changed,
}: {
  office: Office
  personId: string
  changed: () => void
}) {
  const person = useLoad(() => call('getPerson', { params: { personId } }), [personId])
  const write = useWrite()
  const [code, setCode] = useState('')
  const reload = () => {
    person.reload()
    changed()
  }
  return (
    <Loadable load={person} empty="" isEmpty={() => false}>
      {(p) => (
        <View className="card office-panel" data-testid="person-panel">
          <Text className="subtitle">
            {p.name}
            {p.active ? '' : '（已注销）'}
          </Text>
          <Outcome write={write} />
          {p.active && <Correction person={p} saved={reload} />}
          <Text className="subtitle">角色</Text>
          {p.roles.length === 0 && <Text className="hint">没有职务</Text>}
          {p.roles.map((r) => (
            <View key={`${r.role}${r.scopeId}`} className="row">
              <Text>{ROLE_NAMES[r.role]}</Text>
              <ConfirmButton
                className="button button--small"
                label="撤销"
                confirmLabel="确认撤销"
                says={`撤销 ${p.name} 的${ROLE_NAMES[r.role]}职务：立刻不能再做这个职务的事。`}
                onConfirm={() =>
                  write
                    .run(() => call('revokeRole', { body: { personId, ...r } }), '已撤销')
                    .then(reload)
                }
              />
            </View>
          ))}
          {p.active && <RoleGrant office={office} personId={personId} granted={reload} />}
          {p.active && (
            <View>
              <ConfirmButton
                label="发新的绑定码"
                confirmLabel="确认发码"
                says="发一个新的绑定码给本人：以前发的还没用过的码立刻作废。"
                onConfirm={() =>
                  write.run(
                    async () =>
                      setCode((await call('issueBindCode', { params: { personId } })).bindCode),
                    '新绑定码已发出',
                  )
                }
              />
              {code && <Text className="big">绑定码：{code}</Text>}
              <ReasonButton
                placeholder="注销原因（迁出、去世）"
                label="注销此人"
                confirmLabel="确认注销"
                says={`注销 ${p.name}：登录立刻失效，付款码和绑定码不再能用；以前的记录都保留。不能撤销。`}
                onConfirm={(leftReason) =>
                  write
                    .run(
                      () =>
                        call('patchPerson', {
                          params: { personId },
                          body: { active: false, leftReason },
                        }),
                      '已注销此人',
                    )
                    .then(reload)
                }
              />
            </View>
          )}
        </View>
      )}
    </Loadable>
  )
}
