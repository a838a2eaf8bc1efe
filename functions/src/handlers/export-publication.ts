import { exportRoutes, monthZh } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { publishedBoard } from '../services/month'
import { sheetFile } from '../services/sheets'

const COLUMNS = ['户主', '微网格', '联户小组', '自治', '法治', '德治', '得分', '带动分', '山药豆']

/** The month's publication as the village reads it on the board, one row per household. */
export const handler = http(exportRoutes.exportPublication, async ({ principal, query }) => {
  const { village, rows } = await publishedBoard(principal, query.villageId, query.month)
  return sheetFile(
    `${village.name}${monthZh(query.month)}公示`,
    '公示',
    COLUMNS.map((header) => ({ header })),
    rows.map((h) => {
      const { autonomy, law, virtue } = h.byDimension
      return [h.headName, h.grid, h.group, autonomy, law, virtue, h.score, h.blended, h.beans]
    }),
  )
})
