import { dateOf, orgRoutes } from '@jifenbao/shared'
import { getBalance } from '../data/ledger'
import { getHousehold } from '../data/org'
import { inForce, restrictionsOf } from '../data/restrictions'
import { householdMembers, personView } from '../data/people'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(orgRoutes.getHousehold, async ({ principal, params, now }) => {
  const household = await getHousehold(params.householdId, principal.townId)
  authorize(principal, orgRoutes.getHousehold.roles, householdTarget(household))
  const members = await householdMembers(household.id)
  return {
    id: household.id,
    headName: household.headName,
    address: household.address,
    villageId: household.villageId,
    gridId: household.gridId,
    groupId: household.groupId,
    balance: await getBalance(household.id),
    closed: household.closed ?? null,
    members: members.map(personView),
    restrictions: (await restrictionsOf(household.id)).map((r) => ({
      id: r.id,
      type: r.type,
      reason: r.reason,
      from: r.from,
      to: r.to,
      lifted: r.lifted !== null,
      inForce: inForce(r, dateOf(now)),
    })),
  }
})
