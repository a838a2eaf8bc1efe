import type { Role } from '@jifenbao/shared'
import { getGrid, getGroup, getHousehold, getVillage } from '../data/org'
import { getShop } from '../data/shops'
import { NotFoundError } from './errors'
import type { Target } from './scope'

/** Where the unit a role is scoped to sits (404 when it is not in the town). */
export async function scopeTarget(role: Role, scopeId: string, townId: string): Promise<Target> {
  switch (role) {
    case 'villager':
      return householdTarget(await getHousehold(scopeId, townId))
    case 'linkLeader': {
      const g = await getGroup(scopeId, townId)
      return { townId, villageId: g.villageId, gridId: g.gridId, groupId: g.id }
    }
    case 'gridLeader': {
      const m = await getGrid(scopeId, townId)
      return { townId, villageId: m.villageId, gridId: m.id }
    }
    case 'villageLeader':
    case 'infoAdmin':
    case 'reviewBoard':
      return { townId, villageId: (await getVillage(scopeId, townId)).id }
    case 'clerk':
      return { townId, shopId: (await getShop(scopeId, townId)).id }
    case 'townAdmin':
      if (scopeId !== townId) throw new NotFoundError('镇', 'town')
      return { townId }
  }
}

/** A household's own placement, for scope checks. */
export const householdTarget = (h: {
  townId: string
  villageId: string
  gridId: string
  groupId: string
  id: string
}): Target => ({
  townId: h.townId,
  villageId: h.villageId,
  gridId: h.gridId,
  groupId: h.groupId,
  householdId: h.id,
})
