import * as z from 'zod'
import { bilingual, pageOf } from './common'
import { lazily } from './lazily'

const beans = lazily(() =>
  z.int().min(0, bilingual('奖励豆数不能为负', 'award must not be negative')),
)
const medalAwards = lazily(() => z.object({ gold: beans, silver: beans, bronze: beans }))

/** The town's rule parameters (API.md Town configuration). */
export const TownConfigSchema = lazily(() =>
  z.object({
    beansPerPoint: z
      .number()
      .positive(bilingual('每分兑换豆数应大于 0', 'beansPerPoint must be positive'))
      .refine(
        (r) => Math.abs(r * 100 - Math.round(r * 100)) < 1e-6,
        bilingual('最多两位小数', 'at most 2 decimals'),
      ),
    objectionDays: z
      .int()
      .min(0)
      .max(30, bilingual('公示期最多 30 天', 'objectionDays must be 0–30')),
    rankScope: z.enum(['town', 'village']),
    rankBy: z.enum(['total', 'average']),
    honoursTopPercent: z
      .number()
      .gt(0)
      .max(100, bilingual('评优比例应在 0–100 之间', 'honoursTopPercent must be in (0, 100]')),
    awards: z.object({ grid: medalAwards, group: medalAwards }),
    /** Where the QR codes of printed pages link (https://…); unset, the deployment's own. */
    linkHost: z.url(bilingual('链接地址应为 https://…', 'linkHost must be a URL')).optional(),
  }),
)

export type TownConfig = z.infer<typeof TownConfigSchema>

/** A new town's parameters: SPEC defaults, and the award examples of SPEC §6. */
export const DEFAULT_TOWN_CONFIG: TownConfig = {
  beansPerPoint: 1,
  objectionDays: 7,
  rankScope: 'town',
  rankBy: 'total',
  honoursTopPercent: 10,
  awards: {
    grid: { gold: 500, silver: 300, bronze: 100 },
    group: { gold: 100, silver: 60, bronze: 30 },
  },
}

/** The audit trail: who did what to which object, when, with the state before and after. */
export const AuditPageSchema = lazily(() =>
  pageOf(
    z.object({
      actor: z.string(),
      /** The actor's name, where the actor is a person of the town. */
      actorName: z.string().nullable().optional(),
      action: z.string(),
      targetId: z.string(),
      at: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      requestId: z.string(),
    }),
  ),
)
