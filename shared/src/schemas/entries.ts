import * as z from 'zod'
import { DimensionSchema, IndicatorCodeSchema } from './catalogue'
import { bilingual, DateSchema, IdSchema, MonthSchema, pageOf } from './common'
import { lazily } from './lazily'

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected', 'voided'] as const
export const EntryStatusSchema = lazily(() => z.enum(ENTRY_STATUSES))
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

/** Photos per entry: enough for before/after shots, few enough for a weak signal. */
export const MAX_PHOTOS = 9
/**
 * Households in one batch entry. The batch is one DynamoDB transaction (at most 100 items):
 * an entry, a cap counter and an audit record per household, plus the month and the indicator.
 */
export const MAX_BATCH_HOUSEHOLDS = 30

const NoteSchema = lazily(() =>
  z
    .string()
    .trim()
    .max(500, bilingual('备注不能超过 500 个字', 'note must be at most 500 characters')),
)
const PhotoKeysSchema = lazily(() =>
  z
    .array(IdSchema)
    .max(MAX_PHOTOS, bilingual(`照片最多 ${MAX_PHOTOS} 张`, `at most ${MAX_PHOTOS} photos`)),
)

export const EntryInputSchema = lazily(() =>
  z.object({
    householdId: IdSchema,
    indicatorCode: IndicatorCodeSchema,
    quantity: z
      .int(bilingual('次数应为整数', 'quantity must be a whole number'))
      .min(1, bilingual('次数至少为 1', 'quantity must be at least 1'))
      .max(100, bilingual('次数不能超过 100', 'quantity must be at most 100'))
      .default(1),
    occurredOn: DateSchema,
    note: NoteSchema.optional(),
    photoKeys: PhotoKeysSchema.optional(),
    /** The leader who reported it, when someone else (e.g. the info admin) enters it. */
    reportedBy: IdSchema.optional(),
  }),
)

export const BatchEntryInputSchema = lazily(() =>
  z.object({
    householdIds: z
      .array(IdSchema)
      .min(1, bilingual('请至少选择一户', 'choose at least one household'))
      .max(
        MAX_BATCH_HOUSEHOLDS,
        bilingual(
          `一次最多 ${MAX_BATCH_HOUSEHOLDS} 户`,
          `at most ${MAX_BATCH_HOUSEHOLDS} households at once`,
        ),
      )
      .refine(
        (ids) => new Set(ids).size === ids.length,
        bilingual('户重复了', 'households must not repeat'),
      ),
    indicatorCode: IndicatorCodeSchema,
    occurredOn: DateSchema,
    note: NoteSchema.optional(),
    photoKeys: PhotoKeysSchema.optional(),
    reportedBy: IdSchema.optional(),
  }),
)

export const EntryQuerySchema = lazily(() =>
  z
    .object({
      villageId: IdSchema.optional(),
      month: MonthSchema.optional(),
      status: EntryStatusSchema.optional(),
      householdId: IdSchema.optional(),
      /** Only what this person submitted (a leader's own list). */
      submittedBy: IdSchema.optional(),
      cursor: z.string().optional(),
    })
    .refine((q) => q.householdId || (q.villageId && q.month), {
      error: bilingual(
        '请指定 householdId，或 villageId 与 month',
        'give householdId, or villageId and month',
      ),
      path: ['villageId'],
    }),
)

/** A reason for a rejection, a void or a lifted restriction. */
export const ReasonInputSchema = lazily(() =>
  z.object({
    reason: z.string().trim().min(1, bilingual('请填写原因', 'a reason is required')).max(500),
  }),
)
export const RejectInputSchema = ReasonInputSchema

export const EntrySchema = lazily(() =>
  z.object({
    id: IdSchema,
    villageId: IdSchema,
    householdId: IdSchema,
    indicatorCode: IndicatorCodeSchema,
    dimension: DimensionSchema,
    /** Indicator points × quantity, snapshotted at submission. */
    points: z.int(),
    quantity: z.int().min(1),
    occurredOn: DateSchema,
    month: MonthSchema,
    note: z.string().nullable(),
    photoKeys: z.array(IdSchema),
    status: EntryStatusSchema,
    submittedBy: IdSchema,
    reportedBy: IdSchema,
    reviewedBy: IdSchema.nullable(),
    createdAt: z.string(),
  }),
)

export type EntryInput = z.infer<typeof EntryInputSchema>
export type BatchEntryInput = z.infer<typeof BatchEntryInputSchema>
export type Entry = z.infer<typeof EntrySchema>

export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

export const UploadInputSchema = lazily(() =>
  z.object({
    contentType: z.enum(UPLOAD_TYPES, {
      error: bilingual(
        '只能上传 jpeg、png 或 webp 图片',
        'contentType must be image/jpeg, image/png or image/webp',
      ),
    }),
    size: z
      .int()
      .min(1)
      .max(MAX_UPLOAD_BYTES, {
        error: bilingual('照片不能超过 5 MB', 'a photo must be at most 5 MB'),
      }),
  }),
)

/** An entry as the API shows it, with photo links valid ten minutes. */
export const EntryViewSchema = lazily(() =>
  EntrySchema.extend({
    reviewNote: z.string().nullable().optional(),
    /** A villager's own report for their household. */
    selfReport: z.boolean(),
    /** The entries of one batch (an activity's households) share it. */
    batchId: z.string().optional(),
    /** Who submitted it, by name (a leader, or the villager who reported it). */
    submitterName: z.string().nullable(),
    photos: z.array(z.object({ key: z.string(), url: z.string() })),
  }),
)
export const EntryListSchema = lazily(() => pageOf(EntryViewSchema))
export const EntryCreatedSchema = lazily(() =>
  z.object({
    id: z.string(),
    status: EntryStatusSchema,
    points: z.number(),
    month: z.string(),
  }),
)
export const BatchCreatedSchema = lazily(() => z.object({ ids: z.array(z.string()) }))

/** A presigned POST for one photo. */
export const UploadSchema = lazily(() =>
  z.object({
    key: z.string(),
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
)
