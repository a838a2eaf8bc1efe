import { shopRoutes } from '@jifenbao/shared'
import { shopRedemptions } from '../data/redemptions'
import { http } from '../lib/edge/http'
import { clerkShop } from '../services/shop'

/** What a shop gave out for beans over a period, by item; voided receipts left out. */
export const handler = http(shopRoutes.shopStatement, async ({ principal, params, query }) => {
  const shop = await clerkShop(principal, params.shopId)
  const receipts = (await shopRedemptions(shop.id, query.from, query.to)).filter((r) => !r.voided)
  const byItem = new Map<string, { itemId: string; name: string; qty: number; beans: number }>()
  for (const line of receipts.flatMap((r) => r.lines)) {
    const sum = byItem.get(line.itemId) ?? {
      itemId: line.itemId,
      name: line.name,
      qty: 0,
      beans: 0,
    }
    byItem.set(line.itemId, { ...sum, qty: sum.qty + line.qty, beans: sum.beans + line.beans })
  }
  return {
    shopId: shop.id,
    from: query.from,
    to: query.to,
    count: receipts.length,
    beans: receipts.reduce((sum, r) => sum + r.total, 0),
    lines: [...byItem.values()],
  }
})
