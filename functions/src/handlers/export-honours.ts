import { exportRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { finishedYearHonours } from '../services/honours'
import { sheetFile } from '../services/sheets'

/** The village's honoured households of a finished year, by place. */
export const handler = http(exportRoutes.exportHonours, async ({ principal, query, now }) => {
  const { village, honours } = await finishedYearHonours(principal, query, now)
  return sheetFile(
    `${village.name}${query.year}年度评优`,
    '年度评优',
    [{ header: '名次' }, { header: '户主' }, { header: '全年山药豆' }],
    honours.items.map((h) => [h.rank, h.headName, h.earned]),
  )
})
