import { routes } from '../contract'
import { createGroup, getGrid } from '../data/org'
import { created, http } from '../lib/http'
import { authorize } from '../lib/scope'

export const handler = http(routes.createGroup, async ({ actor, principal, params, body }) => {
  const grid = await getGrid(params.gridId!, principal.townId)
  authorize(principal, routes.createGroup.roles, {
    townId: grid.townId,
    villageId: grid.villageId,
    gridId: grid.id,
  })
  return created({ id: (await createGroup(actor, grid, body.name)).id })
})
