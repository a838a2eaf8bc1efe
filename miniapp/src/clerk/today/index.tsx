import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { todaysReceipts, voidReceipt } from '../../api/routes'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { shanghaiTime } from '../../lib/format'
import { savedUnit } from '../../lib/roles'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

/** Today's receipts at this shop; a mistaken one is voided (beans go back) the same day. */
export default function Today() {
  const shopId = savedUnit()?.scopeId ?? ''
  const list = useLoad(async () => (await todaysReceipts(shopId)).items, [])
  const [reasons, setReasons] = useState<Record<string, string>>({})

  const action = useAction()
  const cancel = (id: string) =>
    action.run(async () => {
      await voidReceipt(id, reasons[id]!.trim())
      list.reload()
    })

  return (
    <Screen>
      <Text className="title">今日兑换</Text>
      {action.error && <Text className="error">{action.error}</Text>}
      <Loadable load={list} empty="今天还没有兑换">
        {(items) => (
          <View>
            <Text className="muted">
              共 {items.filter((r) => !r.voided).length} 笔，
              {items.filter((r) => !r.voided).reduce((s, r) => s + r.total, 0)} 豆
            </Text>
            {items.map((r) => (
              <View className="card" key={r.id}>
                <View className="row">
                  <Text>{shanghaiTime(r.at).slice(11)}</Text>
                  <Text className={r.voided ? 'muted' : 'minus'}>
                    {r.voided ? `已撤销（${r.voided.reason}）` : `${r.total} 豆`}
                  </Text>
                </View>
                <Text className="hint">{r.lines.map((l) => `${l.name}×${l.qty}`).join('、')}</Text>
                {!r.voided && (
                  <View>
                    <Field
                      placeholder="撤销原因"
                      value={reasons[r.id] ?? ''}
                      onChange={(reason) => setReasons((x) => ({ ...x, [r.id]: reason }))}
                    />
                    <Button
                      className="button button--danger"
                      disabled={!reasons[r.id]?.trim()}
                      onClick={() => cancel(r.id)}
                    >
                      撤销这笔
                    </Button>
                  </View>
                )}
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
