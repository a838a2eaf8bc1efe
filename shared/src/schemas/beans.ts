import * as z from 'zod'

export const POSTING_KINDS = ['monthly', 'award', 'redemption', 'void', 'adjustment'] as const

/** One change of a household's balance, and where its beans came from or went. */
export const PostingSchema = z.object({
  id: z.string(),
  kind: z.enum(POSTING_KINDS),
  amount: z.number(),
  balanceAfter: z.number(),
  /** A month, a quarter's award, a receipt, an adjustment. */
  source: z.looseObject({
    type: z.string(),
    id: z.string(),
    month: z.string().optional(),
    quarter: z.string().optional(),
    reason: z.string().optional(),
  }),
  at: z.string(),
})

export const LedgerSchema = z.object({
  balance: z.number(),
  items: z.array(PostingSchema),
  cursor: z.string().nullable(),
})

export const PayCodeSchema = z.object({ code: z.string(), expiresAt: z.string() })
