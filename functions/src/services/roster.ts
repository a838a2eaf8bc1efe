import {
  bilingual,
  IdNumberSchema,
  PhoneSchema,
  ROSTER_COLUMNS,
  type RosterProblem,
} from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { ValidationError } from '../lib/ground/errors'

/** One person's row of the roster, its cells trimmed; `row` is the worksheet's row number. */
export interface RosterRow {
  row: number
  grid: string
  group: string
  head: string
  address: string
  name: string
  phone: string
  idNumber: string
  partyMember: string
}

const FIELDS = [
  'grid',
  'group',
  'head',
  'address',
  'name',
  'phone',
  'idNumber',
  'partyMember',
] as const satisfies readonly (keyof RosterRow)[]
type Field = (typeof FIELDS)[number]
/** Each field's column, by the header text the template gives it. */
export const COLUMN_OF = Object.fromEntries(
  FIELDS.map((f, i) => [f, ROSTER_COLUMNS[i]!]),
) as Record<Field, string>

/** A village's roster is a few thousand people; more at once is several files. */
export const ROSTER_MAX_ROWS = 5000

const unreadable = () =>
  new ValidationError([
    {
      path: 'contentBase64',
      message: bilingual(
        '不是 Excel 文件（.xlsx），请下载模板填写后再上传',
        'not an .xlsx workbook: fill in the template and upload it',
      ),
    },
  ])

/**
 * The first worksheet's rows, found by their header text (any column order); empty rows
 * are skipped. Missing header columns are problems of row 1.
 */
export async function readRoster(
  bytes: Buffer,
): Promise<{ rows: RosterRow[]; problems: RosterProblem[] }> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer).catch(() => {
    throw unreadable()
  })
  const sheet = book.worksheets[0]
  if (!sheet) throw unreadable()
  const header = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, col) => void header.set(cell.text.trim(), col))
  const missing = ROSTER_COLUMNS.filter((c) => !header.has(c))
  if (missing.length)
    return {
      rows: [],
      problems: missing.map((column) => ({
        row: 1,
        column,
        message: bilingual('缺少此列，请用模板的表头', 'this column is missing: use the template'),
      })),
    }
  if (sheet.rowCount - 1 > ROSTER_MAX_ROWS)
    throw new ValidationError([
      {
        path: 'contentBase64',
        message: bilingual(
          `一次最多导入 ${ROSTER_MAX_ROWS} 行，请分成几个文件`,
          `at most ${ROSTER_MAX_ROWS} rows at once: split the file`,
        ),
      },
    ])
  const rows: RosterRow[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r)
    const cells = FIELDS.map((f) => line.getCell(header.get(COLUMN_OF[f])!).text.trim())
    if (cells.every((c) => c === '')) continue
    rows.push({
      row: r,
      ...(Object.fromEntries(FIELDS.map((f, i) => [f, cells[i]])) as Omit<RosterRow, 'row'>),
    })
  }
  return { rows, problems: [] }
}

/** The household a row belongs to: rows with the same 网格, 联户小组 and 户主. */
export const householdOf = (r: RosterRow) => JSON.stringify([r.grid, r.group, r.head])

const problem = (r: RosterRow, field: Field, zh: string, en: string): RosterProblem => ({
  row: r.row,
  column: COLUMN_OF[field],
  message: bilingual(zh, en),
})

/** The schema's own message, in both languages, when a number is malformed. */
const malformed = (schema: typeof PhoneSchema | typeof IdNumberSchema, value: string) => {
  const parsed = schema.safeParse(value)
  return parsed.success ? undefined : parsed.error.issues[0]!.message
}

/**
 * Every problem of the file on its own (API.md Second round): empty cells that are needed,
 * a malformed phone or ID number, 党员 other than 是/否, a number twice in the file (on its
 * later row), a household with no head row or two (the second, on its row).
 */
export function rowProblems(rows: RosterRow[]): RosterProblem[] {
  const problems: RosterProblem[] = []
  const seen = { phone: new Map<string, number>(), idNumber: new Map<string, number>() }
  for (const r of rows) {
    if (!r.grid) problems.push(problem(r, 'grid', '网格不能为空', 'grid is empty'))
    if (!r.group) problems.push(problem(r, 'group', '联户小组不能为空', 'group is empty'))
    if (!r.head) problems.push(problem(r, 'head', '户主不能为空', 'head of household is empty'))
    if (!r.name) problems.push(problem(r, 'name', '姓名不能为空', 'name is empty'))
    for (const field of ['phone', 'idNumber'] as const) {
      const value = normalised(field, r[field])
      if (!value) continue
      const wrong = malformed(field === 'phone' ? PhoneSchema : IdNumberSchema, value)
      const earlier = seen[field].get(value)
      if (wrong) problems.push({ row: r.row, column: COLUMN_OF[field], message: wrong })
      else if (earlier)
        problems.push(problem(r, field, `与第 ${earlier} 行重复`, `the same as on row ${earlier}`))
      else seen[field].set(value, r.row)
    }
    if (!['', '是', '否'].includes(r.partyMember))
      problems.push(
        problem(
          r,
          'partyMember',
          '党员一栏只能填“是”“否”或留空',
          'party member is 是, 否 or empty',
        ),
      )
  }
  const households = new Map<string, RosterRow[]>()
  for (const r of rows.filter((r) => r.grid && r.group && r.head))
    households.set(householdOf(r), [...(households.get(householdOf(r)) ?? []), r])
  for (const members of households.values()) {
    const heads = members.filter((r) => r.name === r.head)
    if (heads.length === 0)
      problems.push(
        problem(
          members[0]!,
          'head',
          `“${members[0]!.head}”户没有户主本人的一行（姓名与户主相同）`,
          'the household has no row for its head (姓名 equal to 户主)',
        ),
      )
    for (const extra of heads.slice(1))
      problems.push(
        problem(
          extra,
          'name',
          `“${extra.head}”户已有户主本人的一行（第 ${heads[0]!.row} 行）`,
          `the household's head already has row ${heads[0]!.row}`,
        ),
      )
  }
  return problems
}

/** A number as it is stored: an ID's check letter in capitals. */
export const normalised = (field: 'phone' | 'idNumber', value: string) =>
  field === 'idNumber' ? value.toUpperCase() : value
