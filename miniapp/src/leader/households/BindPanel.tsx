import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { bindCode } from '../../api/routes'
import { household as fetchHousehold } from '../../api/session'
import { Button } from '../../components/Button'
import { Loadable } from '../../components/Loadable'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

/**
 * A new bind code for a member of the household, whenever they ask (the one handed out at
 * entry may be lost; the server revokes it): they sign in with WeChat and type it once.
 */
export function BindPanel({
  householdId,
  onCancel,
}: {
  householdId: string
  onCancel: () => void
}) {
  const members = useLoad(async () => (await fetchHousehold(householdId)).members, [])
  const [codes, setCodes] = useState<Record<string, string>>({})
  const issue = useAction()
  return (
    <View data-testid="bind">
      <Loadable load={members} empty="这一户还没有登记成员，请先录入">
        {(list) => (
          <View>
            <Text className="muted">新的绑定码发出后，这个人以前没用过的绑定码就作废了</Text>
            {issue.error && <Text className="error">{issue.error}</Text>}
            {list.map((m) =>
              codes[m.id] ? (
                <Text key={m.id} className="notice">
                  {m.name}的绑定码 {codes[m.id]}（请尽快交给本人）
                </Text>
              ) : (
                <Button
                  key={m.id}
                  className="button"
                  loading={issue.busy}
                  onClick={() =>
                    issue.run(async () => {
                      const { bindCode: code } = await bindCode(m.id)
                      setCodes((all) => ({ ...all, [m.id]: code }))
                    })
                  }
                >
                  给 {m.name} 一个绑定码
                </Button>
              ),
            )}
          </View>
        )}
      </Loadable>
      <Button className="button button--plain" onClick={onCancel}>
        关闭
      </Button>
    </View>
  )
}
