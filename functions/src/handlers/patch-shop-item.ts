import { shopRoutes } from '@jifenbao/shared'
import { getGoods, getShop, patchGoods } from '../data/shops'
import { http } from '../lib/edge/http'

export const handler = http(
  shopRoutes.patchShopItem,
  async ({ actor, principal, params, body }) => {
    const shop = await getShop(params.shopId, principal.townId)
    return patchGoods(actor, await getGoods(shop.id, params.itemId), body)
  },
)
