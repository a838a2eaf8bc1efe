import { AdjustmentInputSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { ConfirmButton } from '../../components/ConfirmButton'
import { FormField } from '../parts/FormField'
import { once } from '../../api/routes'
import type { Household } from '../parts/office'
import { numberOr, useForm } from '../parts/useForm'
import type { Write } from '../parts/useWrite'

/** The town's adjustment of a household's beans, with its reason; said in full and asked once. */
export function Adjustment({
  household,
  write,
  changed,
}: {
  household: Household
  write: Write
  changed: () => void
}) {
  const form = useForm(
    { amount: '', reason: '' },
    AdjustmentInputSchema,
    (v) => ({ amount: numberOr(v.amount), reason: v.reason }),
    { amount: '调整数', reason: '原因' },
  )
  const amount = form.body?.amount ?? 0
  return (
    <View>
      <Text className="subtitle">调整山药豆（镇里）</Text>
      <FormField form={form} name="amount" label="调整数" placeholder="调整数（扣减写负数）" />
      <FormField form={form} name="reason" label="原因" />
      <ConfirmButton
        label="调整"
        confirmLabel="确认调整"
        disabled={!form.body}
        says={`给 ${household.headName} 户${amount > 0 ? '加' : '减'} ${Math.abs(amount)} 豆，原因“${form.body?.reason ?? ''}”。记入明细，不能撤销，只能再调整回来。`}
        onConfirm={() =>
          write
            .run(
              () =>
                call(
                  'createAdjustment',
                  { params: { householdId: household.id }, body: form.body! },
                  once(),
                ),
              '已调整，余额已更新',
            )
            .then((ok) => ok && (form.reset(), changed()))
        }
      />
    </View>
  )
}
