import * as z from 'zod'
import { bilingual } from './common'
import { lazily } from './lazily'

/** The roster spreadsheet's columns, in order (API.md Second round): one row per person. */
export const ROSTER_COLUMNS = [
  '网格',
  '联户小组',
  '户主',
  '地址',
  '姓名',
  '手机号',
  '身份证号',
  '党员',
] as const

/** An uploaded workbook: at most 4 MB of xlsx, base64 in JSON. */
export const ROSTER_FILE_MAX_BYTES = 4 * 1024 * 1024

/** How many bytes a base64 text carries: 3 in every 4 characters, less its padding. */
const base64Bytes = (s: string) => Math.floor((s.length * 3) / 4) - s.match(/=*$/)![0].length

export const RosterImportInputSchema = lazily(() =>
  z.object({
    fileName: z
      .string()
      .trim()
      .min(1, bilingual('缺少文件名', 'fileName is required'))
      .max(200, bilingual('文件名过长', 'fileName is too long')),
    contentBase64: z
      .string()
      .min(1, bilingual('文件是空的', 'the file is empty'))
      .refine(
        (s) => base64Bytes(s) <= ROSTER_FILE_MAX_BYTES,
        bilingual('文件超过 4 MB', 'the file is over 4 MB'),
      ),
  }),
)

export const RosterImportQuerySchema = lazily(() =>
  z.object({
    dryRun: z
      .enum(
        ['true', 'false'],
        bilingual('dryRun 应为 true 或 false', 'dryRun must be true or false'),
      )
      .default('false')
      .transform((v) => v === 'true'),
  }),
)

/** A problem of one cell: the worksheet row (header = 1) and the column's header text. */
export const RosterProblemSchema = lazily(() =>
  z.object({
    row: z.number().int(),
    column: z.string(),
    message: z.string(),
  }),
)

/** What the import creates (or, on a dry run, would create), and the problems found. */
export const RosterImportAnswerSchema = lazily(() =>
  z.object({
    rows: z.number().int(),
    grids: z.number().int(),
    groups: z.number().int(),
    households: z.number().int(),
    people: z.number().int(),
    errors: z.array(RosterProblemSchema),
  }),
)

export type RosterProblem = z.infer<typeof RosterProblemSchema>
export type RosterImportAnswer = z.infer<typeof RosterImportAnswerSchema>

/** How far a real import has written: `chunks` transactions in all, `written` of them done. */
export const RosterImportProgressSchema = lazily(() =>
  z.object({
    started: z.boolean(),
    chunks: z.number().int(),
    written: z.number().int(),
  }),
)
