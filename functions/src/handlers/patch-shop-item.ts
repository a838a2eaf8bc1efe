import { routes } from '../contract'
import { getGoods, getShop, patchGoods } from '../data/shops'
import { http } from '../lib/http'

export const handler = http(routes.patchShopItem, async ({ actor, principal, params, body }) => {
  const shop = await getShop(params.shopId!, principal.townId)
  return patchGoods(actor, await getGoods(shop.id, params.itemId!), body)
})
