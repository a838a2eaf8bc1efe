import { routes } from '../contract'
import { getHousehold } from '../data/org'
import { applyRestriction } from '../data/restrictions'
import { created, http } from '../lib/http'
import { householdTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.applyRestriction, async ({ principal, actor, params, body }) => {
  const household = await getHousehold(params.householdId!, principal.townId)
  authorize(principal, routes.applyRestriction.roles, householdTarget(household))
  const restriction = await applyRestriction(actor, {
    ...body,
    householdId: household.id,
    villageId: household.villageId,
  })
  return created({ id: restriction.id })
})
