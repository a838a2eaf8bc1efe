import { beanRoutes } from '@jifenbao/shared'
import { getHousehold } from '../data/org'
import { ForbiddenError } from '../lib/ground/errors'
import { http } from '../lib/edge/http'
import { issuePayCode } from '../lib/ground/paycode'

/** Only a member of the household may show its pay code. */
export const handler = http(beanRoutes.issuePayCode, async ({ principal, params, now }) => {
  const household = await getHousehold(params.householdId, principal.townId)
  if (household.id !== principal.householdId)
    throw new ForbiddenError(
      '只能出示本户的付款码',
      'only a member of the household may show its pay code',
    )
  return issuePayCode(household.id, principal.personId, now)
})
