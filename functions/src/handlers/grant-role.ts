import { routes } from '../contract'
import { getPerson, grantRole } from '../data/people'
import { created, http } from '../lib/http'
import { authorizeRoleChange } from '../lib/roles'

export const handler = http(routes.grantRole, async ({ actor, principal, body }) => {
  await getPerson(body.personId, principal.townId)
  await authorizeRoleChange(principal, body)
  await grantRole(actor, body.personId, { role: body.role, scopeId: body.scopeId })
  return created({ personId: body.personId, role: body.role, scopeId: body.scopeId })
})
