import { routes } from '../contract'
import { listShops } from '../data/shops'
import { http } from '../lib/http'

export const handler = http(routes.listShops, async ({ principal }) => ({
  items: await listShops(principal.townId),
  cursor: null,
}))
