import { routes } from '../contract'
import { getHousehold } from '../data/org'
import { getRestriction, liftRestriction } from '../data/restrictions'
import { http } from '../lib/http'
import { householdTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.liftRestriction, async ({ principal, actor, params, body }) => {
  const restriction = await getRestriction(params.id!, principal.townId)
  authorize(
    principal,
    routes.liftRestriction.roles,
    householdTarget(await getHousehold(restriction.householdId, principal.townId)),
  )
  await liftRestriction(actor, restriction, body.reason)
  return { id: restriction.id, status: 'lifted' }
})
