import { catalogueRoutes } from '@jifenbao/shared'
import { createIndicator } from '../data/indicators'
import { http } from '../lib/edge/http'

export const handler = http(catalogueRoutes.createIndicator, async ({ actor, body }) => {
  await createIndicator(actor, body)
  return body
})
