import { MEDAL_NAMES, TownConfigSchema, UNIT_LEVEL_NAMES, type TownConfig } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { FormChoice } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { numberOr, useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

const MEDALS = ['gold', 'silver', 'bronze'] as const

const textOf = (c: TownConfig) => ({
  beansPerPoint: String(c.beansPerPoint),
  objectionDays: String(c.objectionDays),
  honoursTopPercent: String(c.honoursTopPercent),
  rankScope: c.rankScope,
  rankBy: c.rankBy,
  ...Object.fromEntries(
    (['grid', 'group'] as const).flatMap((level) =>
      MEDALS.map((m) => [`${level}.${m}`, String(c.awards[level][m])]),
    ),
  ),
})
type Fields = keyof ReturnType<typeof textOf>

const bodyOf = (v: Record<string, string>) => ({
  beansPerPoint: numberOr(v.beansPerPoint!),
  objectionDays: numberOr(v.objectionDays!),
  honoursTopPercent: numberOr(v.honoursTopPercent!),
  rankScope: v.rankScope,
  rankBy: v.rankBy,
  awards: Object.fromEntries(
    (['grid', 'group'] as const).map((level) => [
      level,
      Object.fromEntries(MEDALS.map((m) => [m, numberOr(v[`${level}.${m}`]!)])),
    ]),
  ),
})

function ConfigForm({ config }: { config: TownConfig }) {
  const form = useForm<Fields, TownConfig>(
    textOf(config) as Record<Fields, string>,
    TownConfigSchema,
    bodyOf,
  )
  const write = useWrite()
  const save = () =>
    write.run(() => call('putConfig', { body: form.body! }), '已保存：新的规则从下一次公示起生效')
  return (
    <View className="card office-form">
      <FormField form={form} name="beansPerPoint" label="每分兑换山药豆数" />
      <FormField form={form} name="objectionDays" label="公示期（天）" />
      <FormField form={form} name="honoursTopPercent" label="年度评优比例（%）" />
      <FormChoice
        form={form}
        name="rankScope"
        title="排名范围"
        options={{ town: '全镇一起排', village: '各村分别排' }}
      />
      <FormChoice
        form={form}
        name="rankBy"
        title="排名依据"
        options={{ total: '总豆数', average: '户均豆数' }}
      />
      {(['grid', 'group'] as const).flatMap((level) =>
        MEDALS.map((m) => (
          <FormField
            key={`${level}.${m}`}
            form={form}
            name={`${level}.${m}` as Fields}
            label={`${UNIT_LEVEL_NAMES[level]}${MEDAL_NAMES[m]}奖励（豆）`}
          />
        )),
      )}
      <Outcome write={write} />
      <Button disabled={!form.body} loading={write.busy} onClick={save}>
        保存设置
      </Button>
    </View>
  )
}

/** The town's rule parameters: beans per point, the 公示 window, how quarters rank, awards. */
export function Config() {
  const config = useLoad(() => call('getConfig'), [])
  return (
    <Loadable load={config} empty="" isEmpty={() => false}>
      {(c) => <ConfigForm config={c} />}
    </Loadable>
  )
}
