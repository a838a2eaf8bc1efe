import { orgRoutes } from '@jifenbao/shared'
import { getGroup, getHousehold, moveHousehold, refuseIfClosed } from '../data/org'
import { http } from '../lib/edge/http'
import { groupTarget, householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

/** The caller must administer both the household's village and the destination's. */
export const handler = http(orgRoutes.moveHousehold, async ({ actor, principal, params, body }) => {
  const household = await getHousehold(params.householdId, principal.townId)
  const to = await getGroup(body.groupId, principal.townId)
  authorize(principal, orgRoutes.moveHousehold.roles, householdTarget(household))
  authorize(principal, orgRoutes.moveHousehold.roles, groupTarget(to))
  const moved = await moveHousehold(actor, refuseIfClosed(household), to)
  return { id: moved.id, villageId: moved.villageId, gridId: moved.gridId, groupId: moved.groupId }
})
