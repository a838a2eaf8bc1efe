import { catalogueRoutes } from '@jifenbao/shared'
import { listIndicators } from '../data/indicators'
import { http } from '../lib/edge/http'

export const handler = http(catalogueRoutes.listIndicators, async ({ principal }) => ({
  items: await listIndicators(principal.townId),
  cursor: null,
}))
