import { routes } from '../contract'
import { createGrid, getVillage } from '../data/org'
import { created, http } from '../lib/http'
import { villageTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.createGrid, async ({ actor, principal, params, body }) => {
  const village = await getVillage(params.villageId!, principal.townId)
  authorize(principal, routes.createGrid.roles, villageTarget(village))
  return created({ id: (await createGrid(actor, village, body.name)).id })
})
