import { monthOf, monthZh } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Chips } from '../../components/Chips'
import { DownloadButton } from '../../components/DownloadButton'
import { Loadable } from '../../components/Loadable'
import { recentMonths } from '../../lib/month'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import type { Office } from '../parts/office'

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/**
 * What the town answers for, village by village: how many households took part, how many
 * entries, beans earned and spent, over a month or a year; and the year-end assessment.
 * The town sees every village, a village's office its own.
 */
export function Reports({ office }: { office: Office }) {
  return (
    <View>
      <ActivityReport office={office} />
      <AssessmentReport office={office} />
    </View>
  )
}

function ActivityReport({ office }: { office: Office }) {
  const now = new Date()
  const year = monthOf(now).slice(0, 4)
  const periods = [...recentMonths(now, 6), year, String(Number(year) - 1)]
  const [period, setPeriod] = useState(periods[1]!)
  const query = {
    ...(period.length === 4 ? { year: period } : { month: period }),
    ...(!office.isTown && { villageId: office.villageId }),
  }
  const report = useLoad(() => call('activityReport', { query }), [period, office.villageId])
  const label = (p: string) => (p.length === 4 ? `${p}年全年` : monthZh(p))
  return (
    <View className="card">
      <Text className="subtitle">各村活跃度</Text>
      <Text className="hint">
        活跃户：这段时间里至少有一条加分记录（已通过）的农户。获得山药豆只算已确认的月份和季度奖励。
      </Text>
      <Chips options={periods} value={period} onChange={setPeriod} label={label} />
      <Loadable load={report} empty="" isEmpty={() => false}>
        {({ items }) => (
          <View>
            <DataTable
              name="各村活跃度"
              rows={items}
              rowKey={(i) => i.villageId}
              empty="还没有村"
              columns={[
                { title: '村', value: (i) => i.name },
                { title: '农户', value: (i) => i.households },
                { title: '活跃户', value: (i) => i.activeHouseholds },
                {
                  title: '活跃率',
                  value: (i) => i.activeShare,
                  show: (i) => percent(i.activeShare),
                },
                { title: '记分条数', value: (i) => i.entries },
                { title: '户均条数', value: (i) => i.entriesPerHousehold },
                { title: '获得山药豆', value: (i) => i.beansEarned },
                { title: '兑换山药豆', value: (i) => i.beansSpent },
              ]}
            />
            <DownloadButton
              label="下载活跃度报表（Excel）"
              route="exportActivity"
              input={{ query }}
              fallbackName={`${label(period)}活跃度报表.xlsx`}
            />
          </View>
        )}
      </Loadable>
    </View>
  )
}

/**
 * The year-end village assessment (年终村级考核): participation, beans per household, medals,
 * party members' scores, objections and restrictions, a row per village.
 */
function AssessmentReport({ office }: { office: Office }) {
  const thisYear = monthOf(new Date()).slice(0, 4)
  const years = [thisYear, String(Number(thisYear) - 1)]
  const [year, setYear] = useState(years[0]!)
  const query = { year, ...(!office.isTown && { villageId: office.villageId }) }
  const report = useLoad(() => call('assessmentReport', { query }), [year, office.villageId])
  return (
    <View className="card">
      <Text className="subtitle">年终村级考核</Text>
      <Text className="hint">
        户均山药豆：全年获得的山药豆（已确认月份与季度奖励）除以农户数。党员户积分：党员所在农户全年已确认月份积分的平均。限制措施：这一年里生效过的负面清单措施。
      </Text>
      <Chips options={years} value={year} onChange={setYear} label={(y) => `${y}年`} />
      <Loadable load={report} empty="" isEmpty={() => false}>
        {({ items }) => (
          <View>
            <DataTable
              name="年终村级考核"
              rows={items}
              rowKey={(i) => i.villageId}
              empty="还没有村"
              columns={[
                { title: '村', value: (i) => i.name },
                {
                  title: '活跃率',
                  value: (i) => i.activeShare,
                  show: (i) => percent(i.activeShare),
                },
                { title: '户均山药豆', value: (i) => i.beansPerHousehold },
                {
                  title: '奖牌（金/银/铜）',
                  value: (i) => i.medals.gold * 10_000 + i.medals.silver * 100 + i.medals.bronze,
                  show: (i) => `${i.medals.gold} / ${i.medals.silver} / ${i.medals.bronze}`,
                },
                { title: '党员', value: (i) => i.partyMembers.count },
                { title: '党员户积分', value: (i) => i.partyMembers.averageScore },
                {
                  title: '异议（成立）',
                  value: (i) => i.objections.raised,
                  show: (i) => `${i.objections.raised}（${i.objections.upheld}）`,
                },
                { title: '限制措施', value: (i) => i.restrictions },
              ]}
            />
            <DownloadButton
              label="下载年终考核表（Excel）"
              route="exportAssessment"
              input={{ query }}
              fallbackName={`${year}年村级考核.xlsx`}
            />
          </View>
        )}
      </Loadable>
    </View>
  )
}
