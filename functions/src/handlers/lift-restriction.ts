import { recognitionRoutes } from '@jifenbao/shared'
import { getHousehold } from '../data/org'
import { getRestriction, liftRestriction } from '../data/restrictions'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(
  recognitionRoutes.liftRestriction,
  async ({ principal, actor, params, body }) => {
    const restriction = await getRestriction(params.id, principal.townId)
    authorize(
      principal,
      recognitionRoutes.liftRestriction.roles,
      householdTarget(await getHousehold(restriction.householdId, principal.townId)),
    )
    await liftRestriction(actor, restriction, body.reason)
    return { id: restriction.id, status: 'lifted' }
  },
)
