import { orgRoutes } from '@jifenbao/shared'
import { createGrid, getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(orgRoutes.createGrid, async ({ actor, principal, params, body }) => {
  const village = await getVillage(params.villageId, principal.townId)
  authorize(principal, orgRoutes.createGrid.roles, villageTarget(village))
  return { id: (await createGrid(actor, village, body.name)).id }
})
