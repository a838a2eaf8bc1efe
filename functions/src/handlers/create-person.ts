import { routes } from '../contract'
import { createPerson } from '../data/people'
import { created, http } from '../lib/http'
import { memberTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

/** A person with a household joins it as a villager; one without (e.g. a clerk) is the town admin's to add. */
export const handler = http(routes.createPerson, async ({ actor, principal, body }) => {
  const target = await memberTarget(body.householdId, principal.townId)
  authorize(principal, routes.createPerson.roles, target)
  return created({ id: (await createPerson(actor, body)).id })
})
