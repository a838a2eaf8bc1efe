import { routes } from '../contract'
import { addGoods, getShop } from '../data/shops'
import { created, http } from '../lib/http'

export const handler = http(routes.createShopItem, async ({ actor, principal, params, body }) => {
  const shop = await getShop(params.shopId!, principal.townId)
  return created({ id: (await addGoods(actor, shop, body)).id })
})
