import { orgRoutes } from '@jifenbao/shared'
import { getPerson, personDetail, updatePerson } from '../data/people'
import { http } from '../lib/edge/http'
import { joiningTarget, memberTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { Refused } from '../lib/ground/refusals'

/**
 * Corrects a person or marks them gone, for the info admin of their village (and of the
 * household they move to) and the town.
 */
export const handler = http(orgRoutes.patchPerson, async ({ principal, actor, params, body }) => {
  const person = await getPerson(params.personId, principal.townId)
  const roles = orgRoutes.patchPerson.roles
  authorize(principal, roles, await memberTarget(person.householdId, principal.townId))
  if (person.left) throw Refused.personLeft()
  if (body.householdId)
    authorize(principal, roles, await joiningTarget(body.householdId, principal.townId))
  return personDetail(await updatePerson(actor, person, body))
})
