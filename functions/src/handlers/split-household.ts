import { orgRoutes } from '@jifenbao/shared'
import { getGroup, getHousehold } from '../data/org'
import { getPerson } from '../data/people'
import { http } from '../lib/edge/http'
import { groupTarget, householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { splitHousehold } from '../services/households'

/** 分户, for the info admin of the household's village (and of the group it goes to) and the town. */
export const handler = http(
  orgRoutes.splitHousehold,
  async ({ actor, principal, params, body }) => {
    const roles = orgRoutes.splitHousehold.roles
    const from = await getHousehold(params.householdId, principal.townId)
    authorize(principal, roles, householdTarget(from))
    const group = await getGroup(body.groupId, principal.townId)
    authorize(principal, roles, groupTarget(group))
    const people = await Promise.all(body.personIds.map((id) => getPerson(id, principal.townId)))
    const { id } = await splitHousehold(actor, from, people, group, body)
    return { id }
  },
)
