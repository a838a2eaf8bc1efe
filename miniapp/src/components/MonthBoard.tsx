import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import {
  entries,
  finalizeMonth,
  objections,
  publishMonth,
  resolveObjection,
  villageMonth,
} from '../api/routes'
import { Chips } from './Chips'
import { Loadable } from './Loadable'
import { named } from '../lib/entries'
import { dateZh, monthEnd, shanghaiTime } from '@jifenbao/shared'
import { ConfirmButton } from './ConfirmButton'
import { DownloadButton } from './DownloadButton'
import { ObjectionCard } from './ObjectionCard'
import { recentMonths } from '../lib/month'
import { useAction } from '../lib/useAction'
import { useLoad } from '../lib/useLoad'

const STATUS = {
  open: '记分中：审核完后可公示',
  published: '公示中：异议处理完、公示期满后确认发豆',
  final: '已确认，山药豆已发到各户',
} as const

/** A village's month: publish it, answer objections, and finalise it (beans are credited). */
export function MonthBoard({ villageId, publisher }: { villageId: string; publisher: boolean }) {
  const months = recentMonths(new Date())
  // Chosen by the board, or (until then) the newest month the server says is over.
  const [chosenMonth, setMonth] = useState<string>()
  const [notice, setNotice] = useState('')
  const view = useLoad(async () => {
    const month =
      chosenMonth ?? ((await villageMonth(villageId, months[0]!)).over ? months[0]! : months[1]!)
    const [m, o] = await Promise.all([villageMonth(villageId, month), objections(villageId, month)])
    const open = o.items.filter((x) => x.status === 'open')
    // The entries each objection may be about, for the board to void if it is upheld.
    const approved = await Promise.all(
      open.map(async (x) =>
        named(
          (await entries({ householdId: x.householdId, month, status: 'approved' })).items,
          villageId,
        ),
      ),
    )
    return { month: m, objections: open.map((x, i) => ({ ...x, entries: approved[i]! })) }
  }, [chosenMonth, villageId])
  const month = chosenMonth ?? (view.state === 'ready' ? view.data.month.month : undefined)

  const action = useAction()
  const act = (step: () => Promise<string>) => {
    setNotice('')
    return action.run(async () => {
      setNotice(await step())
      view.reload()
    })
  }

  return (
    <View>
      <Chips
        options={months}
        value={month}
        onChange={(m) => {
          setMonth(m)
          setNotice('')
          action.clear()
        }}
      />
      {notice && <Text className="notice">{notice}</Text>}
      {action.error && <Text className="error">{action.error}</Text>}
      <Loadable load={view} empty="" isEmpty={() => false}>
        {({ month: m, objections: open }) => (
          <View>
            <View className="card" data-testid="month-status">
              <Text>{STATUS[m.status]}</Text>
              {m.objectionDeadline && (
                <Text className="hint">公示截止：{shanghaiTime(m.objectionDeadline)}</Text>
              )}
              {!publisher && <Text className="hint">由领导小组公示、处理异议、确认发豆</Text>}
              {m.status === 'open' && !m.over && (
                <Text className="muted">这个月还没结束，{dateZh(monthEnd(m.month))}起可以公示</Text>
              )}
              {publisher && m.status === 'open' && m.over && (
                <ConfirmButton
                  label="公示本月积分"
                  confirmLabel="确认公示"
                  says="公示后不能撤回：各户这个月的得分向全村公开，公示期内村民可以提出异议。"
                  loading={action.busy}
                  onConfirm={() =>
                    act(async () => {
                      const p = await publishMonth(villageId, m.month)
                      return `已公示 ${p.households.length} 户`
                    })
                  }
                />
              )}
              {publisher && m.status === 'published' && (
                <ConfirmButton
                  label="确认发豆"
                  confirmLabel="确认，发到各户"
                  says="确认后按公示的结果把山药豆发到各户，不能撤回。"
                  loading={action.busy}
                  onConfirm={() =>
                    act(async () => {
                      const r = await finalizeMonth(villageId, m.month)
                      return `已确认，${r.credited} 户的山药豆已到账`
                    })
                  }
                />
              )}
              {m.status !== 'open' && (
                <DownloadButton
                  label="下载公示表（Excel）"
                  route="exportPublication"
                  input={{ query: { villageId, month: m.month } }}
                  fallbackName={`${m.month}公示.xlsx`}
                />
              )}
              {m.status !== 'open' && (
                <DownloadButton
                  label="打印公示（PDF，贴村务公开栏）"
                  route="printPoster"
                  input={{ params: { villageId, month: m.month } }}
                  fallbackName={`${m.month}公示.pdf`}
                />
              )}
            </View>
            {open.length > 0 && <Text className="title">待处理的异议</Text>}
            {open.map((o) => (
              <ObjectionCard
                key={o.id}
                objection={o}
                publisher={publisher}
                resolve={(body, said) =>
                  act(async () => {
                    await resolveObjection(o.id, body)
                    return said
                  })
                }
              />
            ))}
            {m.households.length > 0 && (
              <View className="card">
                {[...m.households]
                  .sort((a, b) => b.score - a.score)
                  .map((h) => (
                    <View className="row" key={h.householdId}>
                      <Text>{h.headName}</Text>
                      <Text>
                        {h.score} 分 · {h.beans} 豆
                      </Text>
                    </View>
                  ))}
              </View>
            )}
          </View>
        )}
      </Loadable>
    </View>
  )
}
