import {
  DIMENSION_LABELS,
  DIMENSIONS,
  IndicatorInputSchema,
  IndicatorPatchSchema,
  type Indicator,
} from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { FormChoice } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { numberOr, useForm } from '../parts/useForm'
import type { Write } from '../parts/useWrite'

const BLANK = {
  code: '',
  name: '',
  dimension: 'autonomy',
  points: '',
  monthlyCap: '',
  evidence: 'none',
  selfReport: 'no',
}
type Fields = keyof typeof BLANK
const LABELS = { code: '编码', name: '名称', points: '分值' }
const DIMENSION_NAMES = Object.fromEntries(
  DIMENSIONS.map((d) => [d, DIMENSION_LABELS[d].governance]),
) as Record<(typeof DIMENSIONS)[number], string>

const textOf = (i: Indicator): Record<Fields, string> => ({
  code: i.code,
  name: i.name,
  dimension: i.dimension,
  points: String(i.points),
  monthlyCap: i.monthlyCap === null ? '' : String(i.monthlyCap),
  evidence: i.evidence,
  selfReport: i.selfReport ? 'yes' : 'no',
})
const bodyOf = (v: Record<Fields, string>) => ({
  code: v.code.trim(),
  name: v.name,
  dimension: v.dimension,
  points: numberOr(v.points),
  monthlyCap: numberOr(v.monthlyCap) ?? null,
  evidence: v.evidence,
  selfReport: v.selfReport === 'yes',
})

/** One indicator's form: a new one (code and all), or an edit of everything but its code. */
export function IndicatorForm({
  editing,
  write,
  done,
}: {
  editing?: Indicator
  write: Write
  done: () => void
}) {
  const form = useForm(
    editing ? textOf(editing) : BLANK,
    editing ? IndicatorPatchSchema : IndicatorInputSchema,
    (v) => (editing ? { ...bodyOf(v), code: undefined } : bodyOf(v)),
    LABELS,
  )
  const save = async () => {
    const body = form.body as never
    const saved = await write.run(
      () =>
        editing
          ? call('patchIndicator', { params: { code: editing.code }, body })
          : call('createIndicator', { body }),
      editing ? `已修改 ${editing.code}：已记的分不变，新记录按新规则` : '已添加到目录',
    )
    if (saved) done()
  }
  return (
    <View className="card office-form">
      <Text className="subtitle">
        {editing ? `修改 ${editing.code}（已记的分不变）` : '添加指标'}
      </Text>
      {!editing && <FormField form={form} name="code" label="编码" placeholder="编码，如 ZZ-09" />}
      <FormField form={form} name="name" label="名称" />
      <FormChoice form={form} name="dimension" options={DIMENSION_NAMES} />
      <FormField form={form} name="points" label="分值" placeholder="分值（扣分写负数，如 -2）" />
      <FormField
        form={form}
        name="monthlyCap"
        label="每月上限"
        placeholder="每月上限次数（不限可不填）"
      />
      <FormChoice form={form} name="evidence" options={{ none: '不要照片', photo: '要照片' }} />
      <FormChoice form={form} name="selfReport" options={{ no: '只由干部记', yes: '村民可自报' }} />
      <Button disabled={!form.body} loading={write.busy} onClick={save}>
        {editing ? '保存修改' : '添加'}
      </Button>
    </View>
  )
}
