import { Text, View } from '@tarojs/components'
import { todaysReceipts, voidReceipt } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { ReasonButton } from '../../components/ReasonButton'
import { Screen } from '../../components/Screen'
import { receiptNumber, shanghaiTime } from '@jifenbao/shared'
import { savedUnit } from '../../lib/roles'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

/** Today's receipts at this shop; a mistaken one is voided (beans go back) the same day. */
export default function Today() {
  const shopId = savedUnit()?.scopeId ?? ''
  const list = useLoad(async () => (await todaysReceipts(shopId)).items, [])

  const action = useAction()
  const cancel = (id: string, reason: string) =>
    action.run(async () => {
      await voidReceipt(id, reason)
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
                  <Text>{r.headName ? `${r.headName} 户` : '—'}</Text>
                  <Text className="muted">单号 {receiptNumber(r.id)}</Text>
                </View>
                <View className="row">
                  <Text>{shanghaiTime(r.at).slice(11)}</Text>
                  <Text className={r.voided ? 'muted' : 'minus'}>
                    {r.voided ? `已撤销（${r.voided.reason}）` : `${r.total} 豆`}
                  </Text>
                </View>
                <Text className="hint">{r.lines.map((l) => `${l.name}×${l.qty}`).join('、')}</Text>
                {!r.voided && (
                  <ReasonButton
                    placeholder="撤销原因"
                    label="撤销这笔"
                    confirmLabel="确认撤销"
                    says={`撤销后 ${r.total} 豆退回这户，商品请收回。撤销不能恢复。`}
                    onConfirm={(reason) => cancel(r.id, reason)}
                  />
                )}
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
