import { orgRoutes } from '@jifenbao/shared'
import { createVillage } from '../data/org'
import { http } from '../lib/edge/http'

export const handler = http(orgRoutes.createVillage, async ({ actor, body }) => {
  const village = await createVillage(actor, body.name)
  return { id: village.id, name: village.name }
})
