import { routes } from '../contract'
import { createVillage } from '../data/org'
import { created, http } from '../lib/http'

export const handler = http(routes.createVillage, async ({ actor, body }) => {
  const village = await createVillage(actor, body.name)
  return created({ id: village.id, name: village.name })
})
