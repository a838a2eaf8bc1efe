import { exportRoutes, monthZh } from '@jifenbao/shared'
import { getMonth } from '../data/months'
import { getVillage, villageStructure } from '../data/org'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { Refused } from '../lib/ground/refusals'
import { sheetFile } from '../services/sheets'

const COLUMNS = ['户主', '微网格', '联户小组', '自治', '法治', '德治', '得分', '带动分', '山药豆']

/** The month's publication as the village reads it on the board, one row per household. */
export const handler = http(exportRoutes.exportPublication, async ({ principal, query }) => {
  const village = await getVillage(query.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const month = await getMonth(village.townId, village.id, query.month)
  if (month.status === 'open') throw Refused.monthNotPublished(query.month)
  const { grids, groups } = await villageStructure(village.id)
  const names = new Map([...grids, ...groups].map((u) => [u.id, u.name]))
  const refs = new Map(month.refs!.map((r) => [r.id, r]))
  return sheetFile(
    `${village.name}${monthZh(query.month)}公示`,
    '公示',
    COLUMNS.map((header) => ({ header })),
    month.publication!.households.map((h) => {
      const ref = refs.get(h.householdId)!
      const { autonomy, law, virtue } = h.byDimension
      return [
        h.headName,
        names.get(ref.gridId) ?? '',
        names.get(ref.groupId) ?? '',
        autonomy,
        law,
        virtue,
        h.score,
        h.blended,
        h.beans,
      ]
    }),
  )
})
