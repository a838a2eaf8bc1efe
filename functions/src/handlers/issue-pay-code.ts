import { routes } from '../contract'
import { getHousehold } from '../data/org'
import { ForbiddenError } from '../lib/errors'
import { created, http } from '../lib/http'
import { issuePayCode } from '../lib/paycode'

/** Only a member of the household may show its pay code. */
export const handler = http(routes.issuePayCode, async ({ principal, params, now }) => {
  const household = await getHousehold(params.householdId!, principal.townId)
  if (household.id !== principal.householdId)
    throw new ForbiddenError(
      '只能出示本户的付款码',
      'only a member of the household may show its pay code',
    )
  return created(issuePayCode(household.id, principal.personId, now))
})
