import {
  addMonths,
  DIMENSION_LABELS,
  DIMENSIONS,
  monthOf,
  monthZh,
  type AnswerOf,
  type Routes,
} from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Chart } from '../../components/chart/Chart'
import { barsSpec, pairedBarsSpec, ringSpec } from '../../components/chart/specs'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import type { Office } from '../parts/office'

type Board = AnswerOf<Routes['dashboard']>
type Activity = AnswerOf<Routes['activityReport']>['items']

const percent = (share: number) => Math.round(share * 1000) / 10
const shortMonth = (month: string) => `${Number(month.slice(5))}月`

/** Whether the village published a month before this one (so this one is overdue, not unused). */
const publishedBefore = (board: Board, m: Board['months'][number]) =>
  board.months.some((o) => o.villageId === m.villageId && o.month < m.month && o.status !== 'open')

/**
 * What waits on the office now, most urgent first: objections, entries, then months over
 * but not posted — the one just ended, and any gap since the village's first publication.
 */
function toDo(board: Board, now: Date) {
  const current = monthOf(now)
  return [
    ...board.months
      .filter((m) => m.openObjections > 0)
      .map((m) => ({
        key: `o${m.villageId}${m.month}`,
        text: `${m.name} ${monthZh(m.month)}：${m.openObjections} 条异议待处理`,
        section: 'month',
        villageId: m.villageId,
        action: '去处理异议',
      })),
    ...board.months
      .filter((m) => m.pending > 0)
      .map((m) => ({
        key: `p${m.villageId}${m.month}`,
        text: `${m.name} ${monthZh(m.month)}：${m.pending} 条记分待审核`,
        section: 'review',
        villageId: m.villageId,
        action: '去审核',
      })),
    ...board.months
      .filter((m) => m.status === 'open' && m.month < current && m.pending === 0)
      .filter((m) => m.month === addMonths(current, -1) || publishedBefore(board, m))
      .map((m) => ({
        key: `u${m.villageId}${m.month}`,
        text: `${m.name} ${monthZh(m.month)}：已结束，还没有公示`,
        section: 'month',
        villageId: m.villageId,
        action: '去公示',
      })),
  ]
}

/**
 * The office's home: what needs doing now first, then the figures the town answers for —
 * beans held, each village's participation this year, beans earned and spent by month and
 * the 自治 / 法治 / 德治 mix — as charts, each with its figures in words beneath.
 */
export function Dashboard({ office }: { office: Office }) {
  const now = new Date()
  const year = monthOf(now).slice(0, 4)
  const query = office.isTown ? {} : { villageId: office.villageId }
  const loaded = useLoad(async () => {
    const [board, activity] = await Promise.all([
      call('dashboard', { query }),
      call('activityReport', { query: { ...query, year } }),
    ])
    return { board, activity: activity.items }
  }, [office.villageId])
  return (
    <Loadable load={loaded} empty="" isEmpty={() => false}>
      {({ board, activity }) => (
        <View>
          <ToDo board={board} now={now} office={office} />
          <Figures board={board} activity={activity} year={year} />
        </View>
      )}
    </Loadable>
  )
}

function ToDo({ board, now, office }: { board: Board; now: Date; office: Office }) {
  const items = toDo(board, now)
  return (
    <View className="card dashboard__todo">
      <Text className="subtitle">现在要办</Text>
      {items.length === 0 ? (
        <Text className="office-done">都办完了：没有待审核的记分、待处理的异议或待公示的月份</Text>
      ) : (
        items.map((item) => (
          <View key={item.key} className="dashboard__task">
            <Text className="dashboard__task-text">{item.text}</Text>
            <Button
              className="button button--small"
              label={`${item.action}：${item.text}`}
              onClick={() => office.open(item.section, item.villageId)}
            >
              {item.action}
            </Button>
          </View>
        ))
      )}
    </View>
  )
}

function Figures({ board, activity, year }: { board: Board; activity: Activity; year: string }) {
  const specs = useMemo(
    () => ({
      participation: barsSpec(
        activity.map((v) => ({ label: v.name, value: percent(v.activeShare) })),
        '%',
        100,
      ),
      beans: pairedBarsSpec(
        board.beans.flatMap((b) => [
          { label: shortMonth(b.month), series: '获得', value: b.earned },
          { label: shortMonth(b.month), series: '兑换', value: b.spent },
        ]),
        ['获得', '兑换'],
      ),
      mix: ringSpec(
        DIMENSIONS.map((d) => ({
          label: DIMENSION_LABELS[d].governance,
          value: Math.max(board.dimensions[d], 0),
        })),
      ),
    }),
    [board, activity],
  )
  const earned = board.beans.reduce((sum, b) => sum + b.earned, 0)
  const spent = board.beans.reduce((sum, b) => sum + b.spent, 0)
  const mix = DIMENSIONS.map(
    (d) => `${DIMENSION_LABELS[d].governance} ${board.dimensions[d]} 分`,
  ).join('，')
  return (
    <View className="card">
      <View className="dashboard__figures">
        <Figure label="农户现有山药豆" value={board.outstanding} />
        <Figure label="近 12 个月获得" value={earned} />
        <Figure label="近 12 个月兑换" value={spent} />
      </View>
      <Chart
        title={`${year}年各村参与率`}
        spec={specs.participation}
        summary={activity.map((v) => `${v.name} ${percent(v.activeShare)}%`).join('，')}
      >
        <Text className="hint">
          参与率：今年至少有一条加分记录的农户占全村农户的比例。
          {activity.map((v) => `${v.name} ${percent(v.activeShare)}%`).join('；')}
        </Text>
      </Chart>
      <Chart
        title="近 12 个月山药豆获得与兑换"
        spec={specs.beans}
        summary={`近 12 个月共获得 ${earned} 个，兑换 ${spent} 个`}
      >
        <Text className="hint">
          {board.beans
            .filter((b) => b.earned || b.spent)
            .map((b) => `${monthZh(b.month)} 获得 ${b.earned}、兑换 ${b.spent}`)
            .join('；') || '近 12 个月还没有山药豆进出'}
        </Text>
      </Chart>
      <Chart title="近 12 个月 自治·法治·德治 积分" spec={specs.mix} summary={mix}>
        <Text className="hint">已公示月份的积分合计：{mix}</Text>
      </Chart>
    </View>
  )
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <View className="dashboard__figure">
      <Text className="dashboard__number">{value}</Text>
      <Text className="dashboard__label">{label}</Text>
    </View>
  )
}
