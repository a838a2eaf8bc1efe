import { orgRoutes, ROSTER_COLUMNS } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { http } from '../lib/edge/http'

/** The template the info admin fills in from the paper roster: the header row and an example. */
export const handler = http(orgRoutes.rosterTemplate, async () => {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('花名册')
  sheet.columns = ROSTER_COLUMNS.map((header) => ({
    header,
    width: header === '身份证号' ? 22 : header === '地址' ? 24 : 12,
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(['第一微网格', '第一联户小组', '王秀英', '东尉村12号', '王秀英', '', '', '否'])
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), fileName: '花名册模板.xlsx' }
})
