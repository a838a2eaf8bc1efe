import { orgRoutes } from '@jifenbao/shared'
import { createGroup, getGrid } from '../data/org'
import { http } from '../lib/edge/http'
import { gridTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(orgRoutes.createGroup, async ({ actor, principal, params, body }) => {
  const grid = await getGrid(params.gridId, principal.townId)
  authorize(principal, orgRoutes.createGroup.roles, gridTarget(grid))
  return { id: (await createGroup(actor, grid, body.name)).id }
})
