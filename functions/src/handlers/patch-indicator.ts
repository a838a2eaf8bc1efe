import { catalogueRoutes } from '@jifenbao/shared'
import { patchIndicator } from '../data/indicators'
import { http } from '../lib/edge/http'

export const handler = http(catalogueRoutes.patchIndicator, async ({ actor, params, body }) =>
  patchIndicator(actor, params.code, body),
)
