import * as z from 'zod'
import { lazily } from './lazily'

export const POSTING_KINDS = ['monthly', 'award', 'redemption', 'void', 'adjustment'] as const

/** What each kind of posting is called on the villager's statement and in its spreadsheet. */
export const POSTING_KIND_NAMES = {
  monthly: '月度积分',
  award: '季度奖励',
  redemption: '超市兑换',
  void: '兑换撤销退回',
  adjustment: '镇里调整',
} as const satisfies Record<(typeof POSTING_KINDS)[number], string>

/** What a posting was for, in a few words: the month, the quarter, or the town's reason. */
export const postingDetail = (source: Record<string, unknown>) =>
  String(source.month ?? source.quarter ?? source.reason ?? '')

/** One change of a household's balance, and where its beans came from or went. */
export const PostingSchema = lazily(() =>
  z.object({
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
  }),
)

export const LedgerSchema = lazily(() =>
  z.object({
    balance: z.number(),
    items: z.array(PostingSchema),
    cursor: z.string().nullable(),
  }),
)

export const PayCodeSchema = lazily(() => z.object({ code: z.string(), expiresAt: z.string() }))
