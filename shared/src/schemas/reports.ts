import * as z from 'zod'
import { bilingual, IdSchema, MonthSchema } from './common'
import { YearSchema } from './month'

/** A report's period, a month or a year (one of them), and optionally one village. */
export const ReportQuerySchema = z
  .object({
    month: MonthSchema.optional(),
    year: YearSchema.optional(),
    villageId: IdSchema.optional(),
  })
  .refine((q) => !q.month !== !q.year, {
    path: ['month'],
    error: bilingual('请指定月份或年份（二选一）', 'give month or year, not both'),
  })

/** A village's participation over a period (API.md Second round, Reports). */
export const VillageActivitySchema = z.object({
  villageId: z.string(),
  name: z.string(),
  households: z.number().int(),
  activeHouseholds: z.number().int(),
  activeShare: z.number(),
  entries: z.number().int(),
  entriesPerHousehold: z.number(),
  beansEarned: z.number(),
  beansSpent: z.number(),
})

export const ActivityReportSchema = z.object({ items: z.array(VillageActivitySchema) })

export type ReportQuery = z.infer<typeof ReportQuerySchema>
export type VillageActivity = z.infer<typeof VillageActivitySchema>
