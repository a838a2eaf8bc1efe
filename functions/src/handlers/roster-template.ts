import { orgRoutes, ROSTER_COLUMNS } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { sheetFile } from '../services/sheets'

const WIDTHS: Record<string, number> = { 身份证号: 22, 地址: 24 }

/** The template the info admin fills in from the paper roster: the header row and an example. */
export const handler = http(orgRoutes.rosterTemplate, () =>
  sheetFile(
    '花名册模板',
    '花名册',
    ROSTER_COLUMNS.map((header) => ({
      header,
      width: WIDTHS[header],
      text: header === '手机号' || header === '身份证号',
    })),
    [['第一微网格', '第一联户小组', '王秀英', '东尉村12号', '王秀英', '', '', '否']],
  ),
)
