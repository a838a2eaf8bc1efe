import { routes } from '../contract'
import { createGrid, getVillage } from '../data/org'
import { created, http } from '../lib/http'
import { authorize } from '../lib/scope'

export const handler = http(routes.createGrid, async ({ actor, principal, params, body }) => {
  const village = await getVillage(params.villageId!, principal.townId)
  authorize(principal, routes.createGrid.roles, { townId: village.townId, villageId: village.id })
  return created({ id: (await createGrid(actor, village, body.name)).id })
})
