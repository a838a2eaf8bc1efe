import * as z from 'zod'
import { bilingual, IdSchema, pageOf } from './common'
import { lazily } from './lazily'

const ReasonSchema = lazily(() =>
  z
    .string()
    .trim()
    .min(1, bilingual('请填写理由', 'a reason is required'))
    .max(500, bilingual('理由不能超过 500 个字', 'the reason must be at most 500 characters')),
)

export const ObjectionInputSchema = lazily(() =>
  z.object({
    householdId: IdSchema,
    entryId: IdSchema.optional(),
    reason: ReasonSchema,
  }),
)

export const ResolveInputSchema = lazily(() =>
  z
    .object({
      decision: z.enum(['upheld', 'dismissed'], {
        error: bilingual(
          '处理结果应为 upheld 或 dismissed',
          'decision must be upheld or dismissed',
        ),
      }),
      voidEntryIds: z.array(IdSchema).max(20).optional(),
      note: ReasonSchema,
    })
    .refine((r) => r.decision === 'dismissed' || (r.voidEntryIds?.length ?? 0) > 0, {
      error: bilingual(
        '成立的异议须指明作废的记录',
        'an upheld objection names the entries to void',
      ),
      path: ['voidEntryIds'],
    }),
)

export const AdjustmentInputSchema = lazily(() =>
  z.object({
    amount: z
      .int(bilingual('调整数应为整数', 'amount must be a whole number'))
      .refine((a) => a !== 0, bilingual('调整数不能为 0', 'amount must not be zero'))
      .refine((a) => Math.abs(a) <= 100_000, bilingual('调整数过大', 'amount is too large')),
    reason: ReasonSchema,
  }),
)

export type ResolveInput = z.infer<typeof ResolveInputSchema>

export const RankingQuerySchema = lazily(() =>
  z.object({
    level: z.enum(['grid', 'group'], {
      error: bilingual('level 应为 grid 或 group', 'level must be grid or group'),
    }),
  }),
)

export const HonoursQuerySchema = lazily(() => z.object({ villageId: IdSchema }))

export const YearSchema = lazily(() =>
  z.string().regex(/^\d{4}$/, bilingual('年份格式应为 YYYY', 'year must be YYYY')),
)

const UnitTotalSchema = lazily(() =>
  z.object({ id: z.string(), total: z.number(), average: z.number() }),
)

/** A village-month and, once published, its publication (API.md The month). */
export const MonthViewSchema = lazily(() =>
  z.object({
    villageId: z.string(),
    month: z.string(),
    status: z.enum(['open', 'published', 'final']),
    /** Whether the month has ended by the server's clock, so that it may be published. */
    over: z.boolean(),
    publishedAt: z.string().nullable(),
    objectionDeadline: z.string().nullable(),
    beansPerPoint: z.number().nullable().optional(),
    households: z.array(
      z.object({
        householdId: z.string(),
        headName: z.string(),
        byDimension: z.object({ autonomy: z.number(), law: z.number(), virtue: z.number() }),
        score: z.number(),
        blended: z.number().nullable(),
        beans: z.number(),
      }),
    ),
    grids: z.array(UnitTotalSchema),
    groups: z.array(UnitTotalSchema),
  }),
)
export const FinalizedSchema = lazily(() =>
  z.object({ status: z.literal('final'), credited: z.number() }),
)

export const ObjectionListSchema = lazily(() =>
  pageOf(
    z.object({
      id: z.string(),
      householdId: z.string(),
      entryId: z.string().nullable(),
      reason: z.string(),
      at: z.string(),
      status: z.enum(['open', 'upheld', 'dismissed']),
      resolution: z.unknown().optional(),
    }),
  ),
)
export const ObjectionResolvedSchema = lazily(() =>
  z.object({
    id: z.string(),
    status: z.enum(['upheld', 'dismissed']),
    month: MonthViewSchema,
  }),
)

const TierSchema = lazily(() => z.enum(['gold', 'silver', 'bronze']).nullable())

/** The medals and the levels ranked, as the screens and the spreadsheets name them. */
export const MEDAL_NAMES = { gold: '金牌', silver: '银牌', bronze: '铜牌' } as const
export const UNIT_LEVEL_NAMES = { grid: '微网格', group: '联户小组' } as const
const RankedUnitSchema = lazily(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    villageId: z.string(),
    /** A group's grid (two grids may each have a group of the same name). */
    gridName: z.string().optional(),
    total: z.number(),
    rank: z.number(),
    tier: TierSchema,
    award: z.number().nullable().optional(),
  }),
)
export const RankingsSchema = lazily(() =>
  pageOf(RankedUnitSchema).extend({
    complete: z.boolean().optional(),
    /** Whether the quarter's awards have been given (they are given once). */
    awarded: z.boolean().optional(),
  }),
)
export const AwardsSchema = lazily(() =>
  z.object({
    quarter: z.string().optional(),
    grids: z.array(RankedUnitSchema),
    groups: z.array(RankedUnitSchema),
  }),
)

const HonouredSchema = lazily(() =>
  z.object({
    householdId: z.string(),
    headName: z.string(),
    earned: z.number(),
  }),
)
/** The year's honoured households, the party members' report, and those skipped. */
export const HonoursSchema = lazily(() =>
  z.object({
    items: z.array(HonouredSchema.extend({ rank: z.number() })),
    partyMembers: z
      .array(HonouredSchema.extend({ rank: z.number().nullable(), excluded: z.boolean() }))
      .optional(),
    excluded: z.array(HonouredSchema).optional(),
  }),
)
