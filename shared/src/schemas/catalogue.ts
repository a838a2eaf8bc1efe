import * as z from 'zod'
import { DIMENSIONS } from '../dimensions'
import type { Indicator } from '../catalogue'
import { bilingual } from './common'
import { lazily } from './lazily'

export const DimensionSchema = lazily(() =>
  z.enum(DIMENSIONS, {
    error: bilingual(
      '维度应为 autonomy、law 或 virtue',
      'dimension must be autonomy, law or virtue',
    ),
  }),
)

export const IndicatorCodeSchema = lazily(() =>
  z
    .string()
    .regex(
      /^[A-Z]{2,4}-\d{2,3}$/,
      bilingual('指标编码格式如 ZZ-01', 'indicator code looks like ZZ-01'),
    ),
)

const indicatorFields = {
  name: z.string().trim().min(1, bilingual('请填写指标名称', 'name is required')).max(50),
  dimension: DimensionSchema,
  points: z
    .int(bilingual('分值应为整数', 'points must be a whole number'))
    .refine((p) => p !== 0, bilingual('分值不能为 0', 'points must not be zero'))
    .refine(
      (p) => Math.abs(p) <= 1000,
      bilingual('分值过大', 'points must be between -1000 and 1000'),
    ),
  monthlyCap: z
    .int()
    .min(1, bilingual('每月上限至少为 1', 'monthlyCap must be at least 1'))
    .nullable(),
  evidence: z.enum(['photo', 'none'], {
    error: bilingual('佐证应为 photo 或 none', 'evidence must be photo or none'),
  }),
  selfReport: z.boolean(),
  active: z.boolean(),
}

export const IndicatorSchema = z.object({
  code: IndicatorCodeSchema,
  ...indicatorFields,
}) satisfies z.ZodType<Indicator>

/** Creating an indicator: a new one is active unless said otherwise. */
export const IndicatorInputSchema = lazily(() =>
  IndicatorSchema.extend({ active: z.boolean().default(true) }),
)

/** Editing an indicator: any field but its code, which entries refer to forever. */
export const IndicatorPatchSchema = lazily(() => z.object(indicatorFields).partial())

export type IndicatorInput = z.infer<typeof IndicatorInputSchema>
export type IndicatorPatch = z.infer<typeof IndicatorPatchSchema>

export const IndicatorListSchema = lazily(() => z.object({ items: z.array(IndicatorSchema) }))
export const IndicatorDeletedSchema = lazily(() =>
  z.object({ code: z.string(), deleted: z.literal(true) }),
)
