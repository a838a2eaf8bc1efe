import { routes } from '../contract'
import { getPerson, revokeRole } from '../data/people'
import { http } from '../lib/http'
import { authorizeRoleChange } from '../lib/roles'

export const handler = http(routes.revokeRole, async ({ actor, principal, body }) => {
  await getPerson(body.personId, principal.townId)
  await authorizeRoleChange(principal, body)
  await revokeRole(actor, body.personId, { role: body.role, scopeId: body.scopeId })
  return { personId: body.personId, role: body.role, scopeId: body.scopeId }
})
