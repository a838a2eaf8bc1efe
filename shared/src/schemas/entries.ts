import * as z from 'zod'
import { DimensionSchema, IndicatorCodeSchema } from './catalogue'
import { bilingual, DateSchema, IdSchema, MonthSchema } from './common'

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected', 'voided'] as const
export const EntryStatusSchema = z.enum(ENTRY_STATUSES)
export type EntryStatus = (typeof ENTRY_STATUSES)[number]

/** Photos per entry: enough for before/after shots, few enough for a weak signal. */
export const MAX_PHOTOS = 9
/** Households in one batch entry: one DynamoDB transaction holds 100 items. */
export const MAX_BATCH_HOUSEHOLDS = 50

const NoteSchema = z
  .string()
  .trim()
  .max(500, bilingual('备注不能超过 500 个字', 'note must be at most 500 characters'))
const PhotoKeysSchema = z
  .array(IdSchema)
  .max(MAX_PHOTOS, bilingual(`照片最多 ${MAX_PHOTOS} 张`, `at most ${MAX_PHOTOS} photos`))

export const EntryInputSchema = z.object({
  householdId: IdSchema,
  indicatorCode: IndicatorCodeSchema,
  quantity: z
    .int(bilingual('数量应为整数', 'quantity must be a whole number'))
    .min(1, bilingual('数量至少为 1', 'quantity must be at least 1'))
    .max(100)
    .default(1),
  occurredOn: DateSchema,
  note: NoteSchema.optional(),
  photoKeys: PhotoKeysSchema.optional(),
  /** The leader who reported it, when someone else (e.g. the info admin) enters it. */
  reportedBy: IdSchema.optional(),
})

export const BatchEntryInputSchema = z.object({
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
})

export const RejectInputSchema = z.object({
  reason: z.string().trim().min(1, bilingual('请填写驳回原因', 'a reason is required')).max(500),
})

export const EntrySchema = z.object({
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
})

export type EntryInput = z.infer<typeof EntryInputSchema>
export type BatchEntryInput = z.infer<typeof BatchEntryInputSchema>
export type Entry = z.infer<typeof EntrySchema>
