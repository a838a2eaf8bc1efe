import { exportRoutes } from '@jifenbao/shared'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { assessmentReport } from '../services/reports'
import { sheetFile } from '../services/sheets'

const COLUMNS = [
  '村',
  '活跃率',
  '户均山药豆',
  '金牌',
  '银牌',
  '铜牌',
  '党员人数',
  '党员户积分',
  '异议',
  '异议成立',
  '限制措施',
]

/** The year's assessment as the town files it: a row per village. */
export const handler = http(exportRoutes.exportAssessment, async ({ principal, query }) => {
  const items = await assessmentReport(principal, query)
  const place = query.villageId ? items[0]!.name : (await getTown(principal.townId)).name
  return sheetFile(
    `${place}${query.year}年村级考核`,
    '考核',
    COLUMNS.map((header) => ({ header })),
    items.map((i) => [
      i.name,
      i.activeShare,
      i.beansPerHousehold,
      i.medals.gold,
      i.medals.silver,
      i.medals.bronze,
      i.partyMembers.count,
      i.partyMembers.averageScore,
      i.objections.raised,
      i.objections.upheld,
      i.restrictions,
    ]),
  )
})
