import { catalogueRoutes } from '@jifenbao/shared'
import { deleteIndicator } from '../data/indicators'
import { http } from '../lib/edge/http'

export const handler = http(catalogueRoutes.deleteIndicator, async ({ actor, params }) => {
  await deleteIndicator(actor, params.code)
  return { code: params.code, deleted: true as const }
})
