import type { FileBody } from '@jifenbao/shared'
import ExcelJS from 'exceljs'

export type Cell = string | number | null

/** A column of a sheet: its Chinese header, and how wide (in characters) it shows. */
export interface Column {
  header: string
  width?: number
  /** Typed as text (a phone, an ID number): Excel keeps every digit instead of 1.1E+17. */
  text?: boolean
}

/**
 * A name every computer can save: a masked name's * (not allowed on Windows) reads 某, as in
 * 陈某兰; any other character a file name cannot hold becomes a dash.
 */
export const savable = (name: string) => name.replace(/\*/g, '某').replace(/[\\/:?"<>|]/g, '-')

/**
 * A workbook of one sheet: the header row in bold, then the rows, numbers kept as numbers
 * so that the office can sum them; an optional last row of totals, in bold too.
 */
export async function sheetFile(
  fileName: string,
  sheetName: string,
  columns: Column[],
  rows: Cell[][],
  totals?: Cell[],
): Promise<FileBody> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(sheetName)
  sheet.columns = columns.map(({ header, width, text }) => ({
    header,
    width: width ?? 12,
    ...(text && { style: { numFmt: '@' } }),
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRows(rows)
  if (totals) sheet.addRow(totals).font = { bold: true }
  return {
    bytes: new Uint8Array(await book.xlsx.writeBuffer()),
    fileName: `${savable(fileName)}.xlsx`,
  }
}
