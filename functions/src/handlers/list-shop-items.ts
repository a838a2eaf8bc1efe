import { shopRoutes } from '@jifenbao/shared'
import { getShop, listGoods } from '../data/shops'
import { http } from '../lib/edge/http'

export const handler = http(shopRoutes.listShopItems, async ({ principal, params }) => {
  const shop = await getShop(params.shopId, principal.townId)
  return { items: await listGoods(shop.id), cursor: null }
})
