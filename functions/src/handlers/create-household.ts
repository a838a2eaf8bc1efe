import { routes } from '../contract'
import { createHousehold, getGroup } from '../data/org'
import { created, http } from '../lib/http'
import { authorize } from '../lib/scope'

export const handler = http(routes.createHousehold, async ({ actor, principal, params, body }) => {
  const group = await getGroup(params.groupId!, principal.townId)
  authorize(principal, routes.createHousehold.roles, {
    townId: group.townId,
    villageId: group.villageId,
    groupId: group.id,
  })
  return created({ id: (await createHousehold(actor, group, body.headName, body.address)).id })
})
