import { routes } from '../contract'
import { listIndicators } from '../data/indicators'
import { http } from '../lib/http'

export const handler = http(routes.listIndicators, async ({ principal }) => ({
  items: await listIndicators(principal.townId),
  cursor: null,
}))
