import { orgRoutes } from '@jifenbao/shared'
import { getPerson, grantRole } from '../data/people'
import { http } from '../lib/edge/http'
import { authorizeRoleChange } from '../lib/access/roles'

export const handler = http(orgRoutes.grantRole, async ({ actor, principal, body }) => {
  await getPerson(body.personId, principal.townId)
  await authorizeRoleChange(principal, body)
  await grantRole(actor, body.personId, { role: body.role, scopeId: body.scopeId })
  return { personId: body.personId, role: body.role, scopeId: body.scopeId }
})
