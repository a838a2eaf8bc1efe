import { ulid } from 'ulid'
import { routes } from '../contract'
import { linesOf, redeem } from '../data/redemptions'
import { listGoods } from '../data/shops'
import { ValidationError } from '../lib/errors'
import { created, http } from '../lib/http'
import { clerkShop, payer } from '../services/shop'

export const handler = http(routes.createRedemption, async ({ principal, actor, params, body }) => {
  const shop = await clerkShop(principal, params.shopId!)
  const { payCode, household } = await payer(actor, shop, body.code)
  const goods = (await listGoods(shop.id)).filter((g) => g.active)
  const unknown = body.lines.find((l) => !goods.some((g) => g.id === l.itemId))
  if (unknown)
    throw new ValidationError([
      { path: 'lines', message: `本店没有商品 ${unknown.itemId} / no such item in this shop` },
    ])
  const lines = linesOf(goods, body.lines)
  const receipt = await redeem(
    actor,
    {
      id: ulid(),
      shopId: shop.id,
      householdId: household.id,
      memberId: payCode.memberId,
      lines,
      total: lines.reduce((sum, l) => sum + l.beans, 0),
    },
    payCode.nonce,
  )
  return created({
    id: receipt.id,
    total: receipt.total,
    balanceAfter: receipt.balanceAfter,
    lines: receipt.lines,
    at: receipt.at,
  })
})
