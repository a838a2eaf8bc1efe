import { shopRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { clerkShop, payer, preview } from '../services/shop'

/** Checks a scanned code without spending it, so the clerk can confirm who is paying. */
export const handler = http(shopRoutes.scanPayCode, async ({ principal, actor, params, body }) => {
  const shop = await clerkShop(principal, params.shopId)
  const { household } = await payer(actor, shop, body.code)
  return preview(household)
})
