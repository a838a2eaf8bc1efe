import { shopRoutes } from '@jifenbao/shared'
import { listShops } from '../data/shops'
import { http } from '../lib/edge/http'

export const handler = http(shopRoutes.listShops, async ({ principal }) => ({
  items: await listShops(principal.townId),
  cursor: null,
}))
