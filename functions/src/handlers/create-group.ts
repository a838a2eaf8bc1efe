import { routes } from '../contract'
import { createGroup, getGrid } from '../data/org'
import { created, http } from '../lib/http'
import { gridTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.createGroup, async ({ actor, principal, params, body }) => {
  const grid = await getGrid(params.gridId!, principal.townId)
  authorize(principal, routes.createGroup.roles, gridTarget(grid))
  return created({ id: (await createGroup(actor, grid, body.name)).id })
})
