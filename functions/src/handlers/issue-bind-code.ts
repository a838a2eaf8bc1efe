import { orgRoutes } from '@jifenbao/shared'
import { issueBindCode } from '../data/bindings'
import { getPerson } from '../data/people'
import { http } from '../lib/edge/http'
import { memberTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { Refused } from '../lib/ground/refusals'

export const handler = http(orgRoutes.issueBindCode, async ({ actor, principal, params }) => {
  const person = await getPerson(params.personId, principal.townId)
  const target = await memberTarget(person.householdId, principal.townId)
  authorize(principal, orgRoutes.issueBindCode.roles, target)
  if (person.left) throw Refused.personLeft()
  return await issueBindCode(actor, person.id)
})
