import { orgRoutes } from '@jifenbao/shared'
import { closeHousehold, getHousehold } from '../data/org'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

/** 注销, for the info admin of the household's village and the town. */
export const handler = http(
  orgRoutes.closeHousehold,
  async ({ actor, principal, params, body }) => {
    const household = await getHousehold(params.householdId, principal.townId)
    authorize(principal, orgRoutes.closeHousehold.roles, householdTarget(household))
    await closeHousehold(actor, household, body.reason)
    return { id: household.id, status: 'closed' }
  },
)
