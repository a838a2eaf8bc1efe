import { routes } from '../contract'
import { getShop, listGoods } from '../data/shops'
import { http } from '../lib/http'

export const handler = http(routes.listShopItems, async ({ principal, params }) => {
  const shop = await getShop(params.shopId!, principal.townId)
  return { items: await listGoods(shop.id), cursor: null }
})
