import * as z from 'zod'
import { bilingual, DateSchema, IdSchema, NameSchema, pageOf } from './common'
import { lazily } from './lazily'

export const SHOP_KINDS = ['supermarket', 'bank', 'telecom', 'fuel', 'other'] as const

/** What each kind of shop is called, on the screens and in the spreadsheets alike. */
export const SHOP_KIND_NAMES = {
  supermarket: '共富超市',
  bank: '银行',
  telecom: '通信营业厅',
  fuel: '加油站',
  other: '其他合作单位',
} as const satisfies Record<(typeof SHOP_KINDS)[number], string>

/** A receipt's 单号 as the villager, the clerk and the statement read it: its id's last 8. */
export const receiptNumber = (id: string) => id.slice(-8)

export const ShopInputSchema = lazily(() =>
  z.object({
    name: NameSchema,
    kind: z.enum(SHOP_KINDS, {
      error: bilingual('商店类型不对', `kind must be one of ${SHOP_KINDS.join(', ')}`),
    }),
    /** The villages a 共富超市 serves; none for a partner that serves the whole town. */
    villageIds: z.array(IdSchema).min(1).max(50).optional(),
  }),
)

const Price = lazily(() =>
  z
    .int(bilingual('价格应为整数个山药豆', 'price must be a whole number of beans'))
    .min(1, bilingual('价格至少 1 豆', 'price must be at least 1 bean'))
    .max(100_000, bilingual('价格不能超过 100000 豆', 'price must be at most 100000 beans')),
)
const Stock = lazily(() =>
  z
    .int(bilingual('库存应为整数', 'stock must be a whole number'))
    .min(0, bilingual('库存不能小于 0', 'stock must be at least 0'))
    .max(1_000_000, bilingual('库存不能超过 1000000', 'stock must be at most 1000000'))
    .nullable(),
)

export const ShopItemInputSchema = lazily(() =>
  z.object({
    name: NameSchema,
    price: Price,
    stock: Stock.optional(),
  }),
)
export const ShopItemPatchSchema = lazily(() =>
  z.object({ name: NameSchema, price: Price, stock: Stock, active: z.boolean() }).partial(),
)

/** A pay code as the clerk's scanner reads it. */
export const PayCodeInputSchema = lazily(() =>
  z.object({ code: z.string().trim().min(1).max(256) }),
)

export const MAX_REDEMPTION_LINES = 20

export const RedemptionInputSchema = lazily(() =>
  PayCodeInputSchema.extend({
    lines: z
      .array(z.object({ itemId: IdSchema, qty: z.int().min(1).max(99) }))
      .min(1, bilingual('请至少选择一件商品', 'pick at least one item'))
      .max(MAX_REDEMPTION_LINES)
      .refine(
        (lines) => new Set(lines.map((l) => l.itemId)).size === lines.length,
        bilingual('同一商品请合并数量', 'list each item once'),
      ),
  }),
)

export const StatementQuerySchema = lazily(() =>
  z.object({ from: DateSchema, to: DateSchema }).refine((q) => q.from <= q.to, {
    error: bilingual('开始日期不能晚于结束日期', 'from must not be after to'),
    path: ['from'],
  }),
)

export const RESTRICTION_TYPES = ['no_honours', 'no_redemption', 'no_welfare'] as const

/** The negative list's measures as the office and its reports name them. */
export const RESTRICTION_NAMES = {
  no_honours: '不参加评优',
  no_redemption: '暂停兑换',
  no_welfare: '不享受福利',
} as const satisfies Record<(typeof RESTRICTION_TYPES)[number], string>

export const RestrictionInputSchema = lazily(() =>
  z
    .object({
      type: z.enum(RESTRICTION_TYPES, {
        error: bilingual('限制类型不对', `type must be one of ${RESTRICTION_TYPES.join(', ')}`),
      }),
      reason: z.string().trim().min(1, bilingual('请填写原因', 'a reason is required')).max(500),
      from: DateSchema,
      to: DateSchema.optional(),
    })
    .refine((r) => !r.to || r.from <= r.to, {
      error: bilingual('结束日期不能早于开始日期', 'to must not be before from'),
      path: ['to'],
    }),
)

export const ShopListSchema = lazily(() =>
  pageOf(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(SHOP_KINDS),
      villageIds: z.array(z.string()).nullable().optional(),
    }),
  ),
)

export const GoodsSchema = lazily(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    price: z.number(),
    stock: z.number().nullable(),
    active: z.boolean().optional(),
  }),
)
export const ShopGoodsSchema = lazily(() => pageOf(GoodsSchema))

/** What the clerk sees after a scan: a masked name and the balance. */
export const ScanPreviewSchema = lazily(() =>
  z.object({
    householdId: z.string(),
    headName: z.string(),
    balance: z.number(),
  }),
)

export const ReceiptSchema = lazily(() =>
  z.object({
    id: z.string(),
    /** Whose it was: the household head's name, masked. */
    headName: z.string().optional(),
    total: z.number(),
    balanceAfter: z.number(),
    lines: z.array(
      z.object({ itemId: z.string(), name: z.string(), qty: z.number(), beans: z.number() }),
    ),
    at: z.string().optional(),
  }),
)
export const ReceiptListSchema = lazily(() =>
  pageOf(
    ReceiptSchema.extend({
      at: z.string(),
      voided: z.object({ reason: z.string() }).nullable(),
    }),
  ),
)
export const VoidedSchema = lazily(() =>
  z.object({
    id: z.string(),
    status: z.literal('voided'),
    balanceAfter: z.number().nullable(),
  }),
)

/** A shop's redemptions over a period, by item, for reimbursement. */
export const StatementSchema = lazily(() =>
  z.object({
    shopId: z.string(),
    from: z.string(),
    to: z.string(),
    count: z.number(),
    beans: z.number(),
    lines: z.array(
      z.object({ itemId: z.string(), name: z.string(), qty: z.number(), beans: z.number() }),
    ),
  }),
)
