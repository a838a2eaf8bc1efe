import { orgRoutes } from '@jifenbao/shared'
import { getPerson, revokeRole } from '../data/people'
import { http } from '../lib/edge/http'
import { authorizeRoleChange } from '../lib/access/roles'

export const handler = http(orgRoutes.revokeRole, async ({ actor, principal, body }) => {
  await getPerson(body.personId, principal.townId)
  await authorizeRoleChange(principal, body)
  await revokeRole(actor, body.personId, { role: body.role, scopeId: body.scopeId })
  return { personId: body.personId, role: body.role, scopeId: body.scopeId }
})
