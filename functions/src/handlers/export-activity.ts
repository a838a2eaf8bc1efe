import { exportRoutes, monthZh } from '@jifenbao/shared'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { activityReport, ratio } from '../services/reports'
import { sheetFile } from '../services/sheets'

const COLUMNS = [
  '村',
  '农户',
  '活跃户',
  '活跃率',
  '记分条数',
  '户均条数',
  '获得山药豆',
  '兑换山药豆',
]

/** The activity report as the town files it: a row per village, then the town's totals. */
export const handler = http(exportRoutes.exportActivity, async ({ principal, query }) => {
  const items = await activityReport(principal, query)
  const place = query.villageId ? items[0]!.name : (await getTown(principal.townId)).name
  const period = query.month ? monthZh(query.month) : `${query.year}年`
  const sum = (pick: (i: (typeof items)[number]) => number) =>
    items.reduce((total, i) => total + pick(i), 0)
  const [households, active, entries] = [
    sum((i) => i.households),
    sum((i) => i.activeHouseholds),
    sum((i) => i.entries),
  ]
  return sheetFile(
    `${place}${period}活跃度报表`,
    '活跃度',
    COLUMNS.map((header) => ({ header })),
    items.map((i) => [
      i.name,
      i.households,
      i.activeHouseholds,
      i.activeShare,
      i.entries,
      i.entriesPerHousehold,
      i.beansEarned,
      i.beansSpent,
    ]),
    [
      '合计',
      households,
      active,
      ratio(active, households),
      entries,
      ratio(entries, households),
      sum((i) => i.beansEarned),
      sum((i) => i.beansSpent),
    ],
  )
})
