import { routes } from '../contract'
import { issueBindCode } from '../data/bindings'
import { getPerson } from '../data/people'
import { created, http } from '../lib/http'
import { memberTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.issueBindCode, async ({ actor, principal, params }) => {
  const person = await getPerson(params.personId!, principal.townId)
  const target = await memberTarget(person.householdId, principal.townId)
  authorize(principal, routes.issueBindCode.roles, target)
  return created(await issueBindCode(actor, person.id))
})
