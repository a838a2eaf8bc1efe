import { shopRoutes } from '@jifenbao/shared'
import { addGoods, getShop } from '../data/shops'
import { http } from '../lib/edge/http'

export const handler = http(
  shopRoutes.createShopItem,
  async ({ actor, principal, params, body }) => {
    const shop = await getShop(params.shopId, principal.townId)
    return { id: (await addGoods(actor, shop, body)).id }
  },
)
