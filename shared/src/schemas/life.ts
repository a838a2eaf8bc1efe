import * as z from 'zod'
import { bilingual, DateSchema, IdSchema, pageOf } from './common'
import { lazily } from './lazily'

/** A line of text that must say something, up to `max` characters. */
const text = (max: number, zh: string, en: string) =>
  z
    .string()
    .trim()
    .min(1, bilingual(`请填写${zh}`, `${en} is required`))
    .max(max, bilingual(`${zh}最多 ${max} 个字`, `${en} must be at most ${max} characters`))

/** A notice posted to a village (policy, a decision, a coming activity). */
export const NoticeInputSchema = lazily(() =>
  z.object({
    title: text(60, '标题', 'a title'),
    body: text(2000, '内容', 'a body'),
  }),
)

export const NoticeSchema = lazily(() =>
  z.object({
    id: z.string(),
    villageId: z.string(),
    title: z.string(),
    body: z.string(),
    by: z.string(),
    byName: z.string().nullable(),
    at: z.string(),
  }),
)

export const NoticesSchema = lazily(() => pageOf(NoticeSchema))

/** A welfare round (村民福利与积分挂钩, SPEC §8): who earned enough beans in a period. */
export const WelfareRoundInputSchema = lazily(() =>
  z
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
    }),
)

export const WelfareGivenInputSchema = lazily(() =>
  z.object({
    householdId: IdSchema,
    item: text(60, '发放物品', 'the item'),
  }),
)

const RoundFieldsSchema = lazily(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    villageId: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    minBeansEarned: z.number(),
    createdAt: z.string(),
  }),
)

export const WelfareGivenSchema = lazily(() =>
  z.object({
    householdId: z.string(),
    item: z.string(),
    at: z.string(),
    by: z.string(),
  }),
)

export const WelfareRoundSchema = lazily(() =>
  RoundFieldsSchema.extend({
    eligible: z.array(
      z.object({ householdId: z.string(), headName: z.string(), beansEarned: z.number() }),
    ),
    excluded: z.array(
      z.object({ householdId: z.string(), headName: z.string(), reason: z.string() }),
    ),
    given: z.array(WelfareGivenSchema),
  }),
)

export const WelfareRoundsSchema = lazily(() => pageOf(RoundFieldsSchema))

export type NoticeInput = z.infer<typeof NoticeInputSchema>
export type WelfareRoundInput = z.infer<typeof WelfareRoundInputSchema>
export type WelfareRound = z.infer<typeof WelfareRoundSchema>

/** An instant with its offset, as the API writes them (`2026-12-05T09:00:00+08:00`). */
const InstantSchema = lazily(() =>
  z.iso.datetime({
    offset: true,
    error: bilingual(
      '时间格式应为 ISO 8601（含时区）',
      'must be an ISO 8601 date-time with offset',
    ),
  }),
)

/** An activity a leader plans (活动制定和部署, SPEC §8a): checked in by QR, closed into entries. */
export const ActivityInputSchema = lazily(() =>
  z
    .object({
      title: text(60, '标题', 'a title'),
      indicatorCode: z
        .string()
        .trim()
        .min(1, bilingual('请选择积分指标', 'indicatorCode is required')),
      startsAt: InstantSchema,
      endsAt: InstantSchema,
      place: z.string().trim().max(60).optional(),
      note: z.string().trim().max(500).optional(),
    })
    .refine((a) => Date.parse(a.startsAt) < Date.parse(a.endsAt), {
      path: ['endsAt'],
      error: bilingual('结束时间应晚于开始时间', 'endsAt must be after startsAt'),
    }),
)

export const ActivitySchema = lazily(() =>
  z.object({
    id: z.string(),
    villageId: z.string(),
    title: z.string(),
    indicatorCode: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string().nullable(),
    note: z.string().nullable(),
    organiser: z.string(),
    status: z.enum(['planned', 'open', 'closed']),
    checkIns: z.number().int(),
  }),
)

export const ActivitiesSchema = lazily(() => pageOf(ActivitySchema))

export const CheckInCodeSchema = lazily(() => z.object({ code: z.string(), expiresAt: z.string() }))
export const CheckInInputSchema = lazily(() =>
  z.object({
    code: z.string().trim().min(1, bilingual('请扫签到码', 'code is required')),
  }),
)
/** The household checked in, and when it first did. */
export const CheckInSchema = lazily(() => z.object({ householdId: z.string(), at: z.string() }))
export const CheckInsSchema = lazily(() =>
  z.object({
    items: z.array(z.object({ householdId: z.string(), headName: z.string(), at: z.string() })),
  }),
)
export const ActivityClosedSchema = lazily(() =>
  z.object({
    entries: z.number().int(),
    skipped: z.array(z.object({ householdId: z.string(), headName: z.string() })),
  }),
)

export type ActivityInput = z.infer<typeof ActivityInputSchema>
