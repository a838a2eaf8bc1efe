import { dateOf, RESTRICTION_NAMES, RestrictionInputSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { once } from '../../api/routes'
import { Button } from '../../components/Button'
import { ReasonButton } from '../../components/ReasonButton'
import { FormChoice } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { useForm } from '../parts/useForm'
import type { Write } from '../parts/useWrite'
import type { Household } from '../parts/office'

/** The household's negative list (负面清单): what is active, and (for who may) apply and lift. */
export function NegativeList({
  household,
  mayRestrict,
  write,
  changed,
}: {
  household: Household
  mayRestrict: boolean
  write: Write
  changed: () => void
}) {
  const form = useForm(
    { type: 'no_honours', reason: '', from: dateOf(new Date()), to: '' },
    RestrictionInputSchema,
    (v) => ({ ...v, to: v.to.trim() || undefined }),
    { reason: '原因', from: '开始日期' },
  )
  const apply = () =>
    write
      .run(
        () =>
          call(
            'applyRestriction',
            { params: { householdId: household.id }, body: form.body! },
            once(),
          ),
        '已列入负面清单',
      )
      .then((ok) => ok && (form.reset(), changed()))
  const lift = (id: string, reason: string) =>
    write
      .run(() => call('liftRestriction', { params: { id }, body: { reason } }), '已解除')
      .then(changed)
  return (
    <View>
      <Text className="subtitle">负面清单</Text>
      {household.restrictions.length === 0 && <Text className="hint">没有限制</Text>}
      {household.restrictions.map((r) => (
        <View key={r.id} className="row">
          <Text>
            {RESTRICTION_NAMES[r.type as keyof typeof RESTRICTION_NAMES] ?? r.type} · {r.reason} ·{' '}
            {r.from} 起{r.to ? ` 至 ${r.to}` : ''} ·{' '}
            {r.lifted ? '已解除' : r.inForce ? '生效中' : '未生效'}
          </Text>
          {mayRestrict && !r.lifted && (
            <ReasonButton
              placeholder="解除原因（如：整改到位）"
              label="解除"
              confirmLabel="确认解除"
              says="解除后这一户不再受这条限制，记入审计。"
              onConfirm={(reason) => lift(r.id, reason)}
            />
          )}
        </View>
      ))}
      {mayRestrict && (
        <View>
          <FormChoice form={form} name="type" options={RESTRICTION_NAMES} />
          <FormField form={form} name="reason" label="原因" />
          <FormField
            form={form}
            name="from"
            label="开始日期"
            placeholder="开始日期，如 2026-12-01"
          />
          <FormField form={form} name="to" label="结束日期（可不填）" />
          <Button disabled={!form.body} onClick={apply}>
            列入负面清单
          </Button>
        </View>
      )}
    </View>
  )
}
