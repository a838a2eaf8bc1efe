import { recognitionRoutes } from '@jifenbao/shared'
import { getHousehold } from '../data/org'
import { applyRestriction } from '../data/restrictions'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(
  recognitionRoutes.applyRestriction,
  async ({ principal, actor, params, body }) => {
    const household = await getHousehold(params.householdId, principal.townId)
    authorize(principal, recognitionRoutes.applyRestriction.roles, householdTarget(household))
    const restriction = await applyRestriction(actor, {
      ...body,
      householdId: household.id,
      villageId: household.villageId,
    })
    return { id: restriction.id }
  },
)
