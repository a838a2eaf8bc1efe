import * as z from 'zod'
import { bilingual, IdSchema } from './common'

const ReasonSchema = z
  .string()
  .trim()
  .min(1, bilingual('请填写理由', 'a reason is required'))
  .max(500, bilingual('理由不能超过 500 个字', 'the reason must be at most 500 characters'))

export const ObjectionInputSchema = z.object({
  householdId: IdSchema,
  entryId: IdSchema.optional(),
  reason: ReasonSchema,
})

export const ResolveInputSchema = z
  .object({
    decision: z.enum(['upheld', 'dismissed'], {
      error: bilingual('处理结果应为 upheld 或 dismissed', 'decision must be upheld or dismissed'),
    }),
    voidEntryIds: z.array(IdSchema).max(20).optional(),
    note: ReasonSchema,
  })
  .refine((r) => r.decision === 'dismissed' || (r.voidEntryIds?.length ?? 0) > 0, {
    error: bilingual('成立的异议须指明作废的记录', 'an upheld objection names the entries to void'),
    path: ['voidEntryIds'],
  })

export const AdjustmentInputSchema = z.object({
  amount: z
    .int(bilingual('调整数应为整数', 'amount must be a whole number'))
    .refine((a) => a !== 0, bilingual('调整数不能为 0', 'amount must not be zero'))
    .refine((a) => Math.abs(a) <= 100_000, bilingual('调整数过大', 'amount is too large')),
  reason: ReasonSchema,
})

export type ResolveInput = z.infer<typeof ResolveInputSchema>

export const RankingQuerySchema = z.object({
  level: z.enum(['grid', 'group'], {
    error: bilingual('level 应为 grid 或 group', 'level must be grid or group'),
  }),
})

export const HonoursQuerySchema = z.object({ villageId: IdSchema })

export const YearSchema = z
  .string()
  .regex(/^\d{4}$/, bilingual('年份格式应为 YYYY', 'year must be YYYY'))
