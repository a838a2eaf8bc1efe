import { routes } from '../contract'
import { getGroup, getHousehold, moveHousehold } from '../data/org'
import { http } from '../lib/http'
import { groupTarget, householdTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

/** The caller must administer both the household's village and the destination's. */
export const handler = http(routes.moveHousehold, async ({ actor, principal, params, body }) => {
  const household = await getHousehold(params.householdId!, principal.townId)
  const to = await getGroup(body.groupId, principal.townId)
  authorize(principal, routes.moveHousehold.roles, householdTarget(household))
  authorize(principal, routes.moveHousehold.roles, groupTarget(to))
  const moved = await moveHousehold(actor, household, to)
  return { id: moved.id, villageId: moved.villageId, gridId: moved.gridId, groupId: moved.groupId }
})
