import { shopRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { buy, clerkShop } from '../services/shop'

export const handler = http(
  shopRoutes.createRedemption,
  async ({ principal, actor, params, body }) => {
    const shop = await clerkShop(principal, params.shopId)
    const { id, headName, total, balanceAfter, lines, at } = await buy(
      actor,
      shop,
      body.code,
      body.lines,
    )
    return { id, headName, total, balanceAfter, lines, at }
  },
)
