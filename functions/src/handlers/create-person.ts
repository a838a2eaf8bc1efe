import { orgRoutes } from '@jifenbao/shared'
import { createPerson } from '../data/people'
import { http } from '../lib/edge/http'
import { joiningTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

/** A person with a household joins it as a villager; one without (e.g. a clerk) is the town admin's to add. */
export const handler = http(orgRoutes.createPerson, async ({ actor, principal, body }) => {
  const target = await joiningTarget(body.householdId, principal.townId)
  authorize(principal, orgRoutes.createPerson.roles, target)
  return { id: (await createPerson(actor, body)).id }
})
