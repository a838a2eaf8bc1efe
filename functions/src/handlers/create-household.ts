import { routes } from '../contract'
import { createHousehold, getGroup } from '../data/org'
import { created, http } from '../lib/http'
import { groupTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.createHousehold, async ({ actor, principal, params, body }) => {
  const group = await getGroup(params.groupId!, principal.townId)
  authorize(principal, routes.createHousehold.roles, groupTarget(group))
  return created({ id: (await createHousehold(actor, group, body.headName, body.address)).id })
})
