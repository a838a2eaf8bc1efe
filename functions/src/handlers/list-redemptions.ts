import { dateOf, shopRoutes } from '@jifenbao/shared'
import { shopRedemptions } from '../data/redemptions'
import { withoutKeys } from '../data/tx'
import { http } from '../lib/edge/http'
import { clerkShop } from '../services/shop'

/** The day's receipts at the clerk's shop, newest first: what the clerk can still void. */
export const handler = http(
  shopRoutes.listRedemptions,
  async ({ principal, params, query, now }) => {
    const shop = await clerkShop(principal, params.shopId)
    const day = query.date ?? dateOf(now)
    return {
      items: (await shopRedemptions(shop.id, day, day)).reverse().map(withoutKeys),
      cursor: null,
    }
  },
)
