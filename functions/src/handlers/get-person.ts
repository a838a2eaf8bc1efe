import { orgRoutes } from '@jifenbao/shared'
import { getPerson, personDetail } from '../data/people'
import { http } from '../lib/edge/http'
import { memberTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

/** A person as the office keeps them: to the info admin of their village, and the town. */
export const handler = http(orgRoutes.getPerson, async ({ principal, params }) => {
  const person = await getPerson(params.personId, principal.townId)
  authorize(
    principal,
    orgRoutes.getPerson.roles,
    await memberTarget(person.householdId, principal.townId),
  )
  return personDetail(person)
})
