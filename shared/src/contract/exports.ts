import * as z from 'zod'
import {
  AssessmentQuerySchema,
  bilingual,
  DateSchema,
  IdSchema,
  MonthSchema,
  QuarterSchema,
  RankingQuerySchema,
  ReportQuerySchema,
  StatementQuerySchema,
  YearSchema,
} from '../schemas'
import { REPORT_READERS } from './reports'
import { area, READERS_OF_HOUSEHOLDS, XLSX } from './route'
import { lazily } from '../schemas/lazily'

const YEAR_OF_VILLAGE = lazily(() => z.object({ year: YearSchema, villageId: IdSchema }))

const LEDGER_QUERY = z
  .object({
    householdId: IdSchema.optional(),
    villageId: IdSchema.optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
  })
  .refine((q) => !q.householdId !== !q.villageId, {
    path: ['householdId'],
    error: bilingual('请指定一户或一个村（二选一）', 'give householdId or villageId, not both'),
  })
  .refine((q) => q.householdId || (q.from && q.to), {
    path: ['from'],
    error: bilingual('整村的明细请给出起止日期', 'a village’s ledger needs from and to'),
  })

/**
 * Spreadsheets of what the screens show (API.md Second round): one header row in Chinese,
 * numbers as numbers, names masked as on screen, a file name that says place and period.
 * Each reads as its data route does, and answers the same refusals.
 */
export const exportRoutes = area(
  {
    name: 'Exports',
    description: 'Spreadsheets (.xlsx) of publications, ledgers, statements, rankings and honours',
  },
  {
    exportPublication: {
      method: 'GET',
      path: '/v1/exports/publication.xlsx',
      summary: 'The month’s publication, one row per household (409 NOT_READY while unpublished)',
      roles: READERS_OF_HOUSEHOLDS,
      query: lazily(() => z.object({ villageId: IdSchema, month: MonthSchema })),
      answer: { file: XLSX },
    },
    exportLedger: {
      method: 'GET',
      path: '/v1/exports/ledger.xlsx',
      summary:
        'Bean postings, one row each, oldest first: a household’s (householdId), or a village’s over a period (villageId, from, to)',
      roles: READERS_OF_HOUSEHOLDS,
      query: LEDGER_QUERY,
      answer: { file: XLSX },
    },
    exportStatement: {
      method: 'GET',
      path: '/v1/exports/statement.xlsx',
      summary: 'A shop’s receipts over a period, one row each, then the totals',
      roles: ['clerk'],
      query: lazily(() => StatementQuerySchema.and(z.object({ shopId: IdSchema }))),
      answer: { file: XLSX },
    },
    exportRankings: {
      method: 'GET',
      path: '/v1/exports/rankings.xlsx',
      summary: 'The quarter’s rankings with medals and awards (409 NOT_READY before the awards)',
      roles: 'signedIn',
      query: lazily(() => RankingQuerySchema.extend({ quarter: QuarterSchema })),
      answer: { file: XLSX },
    },
    exportHonours: {
      method: 'GET',
      path: '/v1/exports/honours.xlsx',
      summary: 'The village’s honoured households of the year (409 NOT_READY before it is over)',
      roles: READERS_OF_HOUSEHOLDS,
      query: YEAR_OF_VILLAGE,
      answer: { file: XLSX },
    },
    exportPartyMembers: {
      method: 'GET',
      path: '/v1/exports/party-members.xlsx',
      summary:
        'The party members’ households of the village and the year (409 NOT_READY before it is over)',
      roles: READERS_OF_HOUSEHOLDS,
      query: YEAR_OF_VILLAGE,
      answer: { file: XLSX },
    },
    exportActivity: {
      method: 'GET',
      path: '/v1/exports/activity.xlsx',
      summary: 'The activity report, a row per village, then the totals',
      roles: REPORT_READERS,
      query: ReportQuerySchema,
      answer: { file: XLSX },
    },
    exportAssessment: {
      method: 'GET',
      path: '/v1/exports/assessment.xlsx',
      summary: 'The assessment report of a year, a row per village',
      roles: REPORT_READERS,
      query: AssessmentQuerySchema,
      answer: { file: XLSX },
    },
  },
)
