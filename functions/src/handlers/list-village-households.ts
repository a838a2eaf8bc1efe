import { orgRoutes } from '@jifenbao/shared'
import { getVillage, namedHouseholds, villageStructure } from '../data/org'
import { http } from '../lib/edge/http'
import { householdTarget, villageTarget } from '../lib/access/placement'
import { authorize, covers } from '../lib/access/scope'

/**
 * The households a leader works with: the whole village for its staff, a grid for its
 * leader, a group for its link leader, their own for a villager; none at all is 403.
 */
export const handler = http(orgRoutes.listVillageHouseholds, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  const visible = namedHouseholds(await villageStructure(village.id)).filter((h) =>
    covers(principal, orgRoutes.listVillageHouseholds.roles, householdTarget(h)),
  )
  if (visible.length === 0) authorize(principal, [], villageTarget(village))
  return {
    items: visible.map((h) => ({
      id: h.id,
      headName: h.headName,
      address: h.address,
      gridId: h.gridId,
      gridName: h.gridName,
      groupId: h.groupId,
      groupName: h.groupName,
    })),
    cursor: null,
  }
})
