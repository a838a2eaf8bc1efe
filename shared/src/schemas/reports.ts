import * as z from 'zod'
import { bilingual, IdSchema, MonthSchema } from './common'
import { YearSchema } from './month'
import { lazily } from './lazily'

/** A report's period, a month or a year (one of them), and optionally one village. */
export const ReportQuerySchema = lazily(() =>
  z
    .object({
      month: MonthSchema.optional(),
      year: YearSchema.optional(),
      villageId: IdSchema.optional(),
    })
    .refine((q) => !q.month !== !q.year, {
      path: ['month'],
      error: bilingual('请指定月份或年份（二选一）', 'give month or year, not both'),
    }),
)

/** A village's participation over a period (API.md Second round, Reports). */
export const VillageActivitySchema = lazily(() =>
  z.object({
    villageId: z.string(),
    name: z.string(),
    households: z.number().int(),
    activeHouseholds: z.number().int(),
    activeShare: z.number(),
    entries: z.number().int(),
    entriesPerHousehold: z.number(),
    beansEarned: z.number(),
    beansSpent: z.number(),
  }),
)

export const ActivityReportSchema = lazily(() =>
  z.object({ items: z.array(VillageActivitySchema) }),
)

export type ReportQuery = z.infer<typeof ReportQuerySchema>
export type VillageActivity = z.infer<typeof VillageActivitySchema>

/** The assessment's year, and optionally one village. */
export const AssessmentQuerySchema = lazily(() =>
  z.object({ year: YearSchema, villageId: IdSchema.optional() }),
)

/** What a village is judged by at year end (年终村级考核, API.md Reports). */
export const VillageAssessmentSchema = lazily(() =>
  z.object({
    villageId: z.string(),
    name: z.string(),
    activeShare: z.number(),
    beansPerHousehold: z.number(),
    medals: z.object({
      gold: z.number().int(),
      silver: z.number().int(),
      bronze: z.number().int(),
    }),
    partyMembers: z.object({ count: z.number().int(), averageScore: z.number() }),
    objections: z.object({ raised: z.number().int(), upheld: z.number().int() }),
    restrictions: z.number().int(),
  }),
)

export const AssessmentReportSchema = lazily(() =>
  z.object({ items: z.array(VillageAssessmentSchema) }),
)

/** The dashboard of the town, or of one village for its office. */
export const DashboardQuerySchema = lazily(() => z.object({ villageId: IdSchema.optional() }))

export const DashboardSchema = lazily(() =>
  z.object({
    months: z.array(
      z.object({
        villageId: z.string(),
        name: z.string(),
        month: z.string(),
        status: z.enum(['open', 'published', 'final']),
        pending: z.number().int(),
        openObjections: z.number().int(),
      }),
    ),
    beans: z.array(z.object({ month: z.string(), earned: z.number(), spent: z.number() })),
    outstanding: z.number(),
    /** Points by dimension over the months published among these twelve. */
    dimensions: z.object({ autonomy: z.number(), law: z.number(), virtue: z.number() }),
  }),
)

export type AssessmentQuery = z.infer<typeof AssessmentQuerySchema>
export type VillageAssessment = z.infer<typeof VillageAssessmentSchema>
export type Dashboard = z.infer<typeof DashboardSchema>
