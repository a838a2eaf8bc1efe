import * as z from 'zod'
import { bilingual, DateSchema, IdSchema, pageOf } from './common'

/** A line of text that must say something, up to `max` characters. */
const text = (max: number, zh: string, en: string) =>
  z
    .string()
    .trim()
    .min(1, bilingual(`请填写${zh}`, `${en} is required`))
    .max(max, bilingual(`${zh}最多 ${max} 个字`, `${en} must be at most ${max} characters`))

/** A notice posted to a village (policy, a decision, a coming activity). */
export const NoticeInputSchema = z.object({
  title: text(60, '标题', 'a title'),
  body: text(2000, '内容', 'a body'),
})

export const NoticeSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  title: z.string(),
  body: z.string(),
  by: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
})

export const NoticesSchema = pageOf(NoticeSchema)

/** A welfare round (村民福利与积分挂钩, SPEC §8): who earned enough beans in a period. */
export const WelfareRoundInputSchema = z
  .object({
    name: text(60, '名称', 'a name'),
    villageId: IdSchema.optional(),
    from: DateSchema,
    to: DateSchema,
    minBeansEarned: z
      .number()
      .int(bilingual('门槛应为整数', 'minBeansEarned must be a whole number'))
      .min(0, bilingual('门槛不能小于 0', 'minBeansEarned must be at least 0')),
  })
  .refine((r) => r.from <= r.to, {
    path: ['to'],
    error: bilingual('结束日期不能早于开始日期', 'to must not be before from'),
  })

export const WelfareGivenInputSchema = z.object({
  householdId: IdSchema,
  item: text(60, '发放物品', 'the item'),
})

const RoundFieldsSchema = z.object({
  id: z.string(),
  name: z.string(),
  villageId: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  minBeansEarned: z.number(),
  createdAt: z.string(),
})

export const WelfareGivenSchema = z.object({
  householdId: z.string(),
  item: z.string(),
  at: z.string(),
  by: z.string(),
})

export const WelfareRoundSchema = RoundFieldsSchema.extend({
  eligible: z.array(
    z.object({ householdId: z.string(), headName: z.string(), beansEarned: z.number() }),
  ),
  excluded: z.array(
    z.object({ householdId: z.string(), headName: z.string(), reason: z.string() }),
  ),
  given: z.array(WelfareGivenSchema),
})

export const WelfareRoundsSchema = pageOf(RoundFieldsSchema)

export type NoticeInput = z.infer<typeof NoticeInputSchema>
export type WelfareRoundInput = z.infer<typeof WelfareRoundInputSchema>
export type WelfareRound = z.infer<typeof WelfareRoundSchema>
