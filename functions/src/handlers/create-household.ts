import { orgRoutes } from '@jifenbao/shared'
import { createHousehold, getGroup } from '../data/org'
import { http } from '../lib/edge/http'
import { groupTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(
  orgRoutes.createHousehold,
  async ({ actor, principal, params, body }) => {
    const group = await getGroup(params.groupId, principal.townId)
    authorize(principal, orgRoutes.createHousehold.roles, groupTarget(group))
    return { id: (await createHousehold(actor, group, body.headName, body.address)).id }
  },
)
