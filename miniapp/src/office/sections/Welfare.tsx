import { WelfareRoundInputSchema, dateOf, monthOf } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { DownloadButton } from '../../components/DownloadButton'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { FormField } from '../parts/FormField'
import type { Office } from '../parts/office'
import { Outcome } from '../parts/Outcome'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

/**
 * Welfare tied to points (村民福利与积分挂钩, SPEC §8): a round is opened with a period and a
 * threshold of beans earned; it lists who qualifies, sets apart those on the negative list
 * with the reason, prints the sign-off sheet and records who received what. No beans move.
 */
export function Welfare({ office }: { office: Office }) {
  const [opened, setOpened] = useState<string>()
  const rounds = useLoad(
    () =>
      call('listWelfareRounds', {
        query: office.isTown ? {} : { villageId: office.villageId },
      }),
    [office.villageId],
  )
  return (
    <View>
      {(office.isTown || office.role === 'villageLeader') && (
        <NewRound
          office={office}
          opened={(id) => {
            setOpened(id)
            rounds.reload()
          }}
        />
      )}
      <View className="card">
        <Text className="subtitle">各轮福利</Text>
        <Loadable load={rounds} empty="还没有开过福利" isEmpty={(r) => r.items.length === 0}>
          {({ items }) => (
            <Chips
              options={items.map((r) => r.id)}
              value={opened ?? ''}
              onChange={setOpened}
              label={(id) => {
                const r = items.find((i) => i.id === id)!
                return `${r.name}（${r.from} 至 ${r.to}）`
              }}
            />
          )}
        </Loadable>
      </View>
      {opened && <Round key={opened} id={opened} />}
    </View>
  )
}

function NewRound({ office, opened }: { office: Office; opened: (id: string) => void }) {
  const village = office.villages.find((v) => v.id === office.villageId)
  const [scope, setScope] = useState<'village' | 'town'>('village')
  const lastMonth = monthOf(new Date(Date.now() - 31 * 86_400_000))
  const form = useForm(
    {
      name: '',
      from: `${lastMonth.slice(0, 4)}-01-01`,
      to: dateOf(new Date()),
      minBeansEarned: '',
    },
    WelfareRoundInputSchema,
    (v) => ({
      ...v,
      villageId: scope === 'town' ? undefined : office.villageId,
      minBeansEarned: v.minBeansEarned.trim() === '' ? undefined : Number(v.minBeansEarned),
    }),
    { name: '名称', minBeansEarned: '门槛' },
  )
  const write = useWrite()
  const open = () =>
    write
      .run(
        async () => opened((await call('createWelfareRound', { body: form.body! })).id),
        '已开好这一轮',
      )
      .then((ok) => ok && form.reset())
  return (
    <View className="card">
      <Text className="subtitle">开一轮福利</Text>
      {office.isTown && (
        <Chips
          options={['village', 'town']}
          value={scope}
          onChange={(s) => setScope(s as 'village' | 'town')}
          label={(s) => (s === 'town' ? '全镇各村' : `只给${village?.name ?? '本村'}`)}
        />
      )}
      <FormField form={form} name="name" label="名称" placeholder="名称，如：重阳节慰问" />
      <FormField form={form} name="from" label="从哪天起算" placeholder="开始日期，如 2026-01-01" />
      <FormField form={form} name="to" label="算到哪天" placeholder="结束日期，如 2026-09-30" />
      <FormField
        form={form}
        name="minBeansEarned"
        label="这段时间至少获得多少山药豆"
        placeholder="门槛，如 30"
      />
      <Text className="hint">
        只算这段时间里整月已确认的山药豆和整季的奖励；负面清单上的农户单列，不能领取。
      </Text>
      <Button disabled={!form.body} loading={write.busy} onClick={() => void open()}>
        开这一轮
      </Button>
      <Outcome write={write} />
    </View>
  )
}

function Round({ id }: { id: string }) {
  const round = useLoad(() => call('getWelfareRound', { params: { id } }), [id])
  const [item, setItem] = useState('')
  const write = useWrite()
  const give = (householdId: string, headName: string) =>
    write
      .run(
        () => call('giveWelfare', { params: { id }, body: { householdId, item: item.trim() } }),
        `已记录：${headName} 领了${item.trim()}`,
      )
      .then((ok) => ok && round.reload())
  return (
    <Loadable load={round} empty="" isEmpty={() => false}>
      {(r) => {
        const given = new Map(r.given.map((g) => [g.householdId, g.item]))
        return (
          <View className="card">
            <Text className="subtitle">{r.name}</Text>
            <Text className="hint">
              {r.from} 至 {r.to} 获得山药豆不少于 {r.minBeansEarned} 颗：{r.eligible.length}{' '}
              户可以领取，已领 {r.given.length} 户。
            </Text>
            <DownloadButton
              label="打印签领表（PDF）"
              route="welfareSheet"
              input={{ params: { id } }}
              fallbackName={`${r.name}签领表.pdf`}
            />
            <Text className="office-field__label">这次发的物品</Text>
            <Field
              placeholder="物品，如：大米一袋"
              label="这次发的物品"
              value={item}
              onChange={setItem}
            />
            <Outcome write={write} />
            <DataTable
              name="可以领取的农户"
              rows={r.eligible}
              rowKey={(h) => h.householdId}
              empty="没有达到门槛的农户"
              columns={[
                { title: '户主', value: (h) => h.headName },
                { title: '获得山药豆', value: (h) => h.beansEarned },
                {
                  title: '领取',
                  value: (h) => given.get(h.householdId) ?? '',
                  wide: true,
                  show: (h) =>
                    given.has(h.householdId) ? (
                      <Text className="office-done">已领：{given.get(h.householdId)}</Text>
                    ) : (
                      <Button
                        className="button button--small"
                        disabled={!item.trim() || write.busy}
                        label={`记录 ${h.headName} 已领`}
                        onClick={() => void give(h.householdId, h.headName)}
                      >
                        记录已领
                      </Button>
                    ),
                },
              ]}
            />
            <Text className="subtitle">负面清单上的农户（不能领取）</Text>
            {r.excluded.length === 0 && <Text className="hint">没有</Text>}
            {r.excluded.map((h) => (
              <Text key={h.householdId} className="row">
                {h.headName}：{h.reason}
              </Text>
            ))}
          </View>
        )
      }}
    </Loadable>
  )
}
