import type { Role } from '@jifenbao/shared'
import {
  getGrid,
  getGroup,
  getHousehold,
  getVillage,
  refuseIfClosed,
  villageStructure,
  type GridItem,
  type GroupItem,
  type HouseholdItem,
  type VillageItem,
} from '../../data/org'
import { getShop } from '../../data/shops'
import { NotFoundError } from '../ground/errors'
import type { Principal } from '../ground/context'
import { authorize, type Target } from './scope'

/** Where the unit a role is scoped to sits (404 when it is not in the town). */
export async function scopeTarget(role: Role, scopeId: string, townId: string): Promise<Target> {
  switch (role) {
    case 'villager':
      return householdTarget(await getHousehold(scopeId, townId))
    case 'linkLeader':
      return groupTarget(await getGroup(scopeId, townId))
    case 'gridLeader':
      return gridTarget(await getGrid(scopeId, townId))
    case 'villageLeader':
    case 'infoAdmin':
    case 'reviewBoard':
      return villageTarget(await getVillage(scopeId, townId))
    case 'clerk':
      return { townId, shopId: (await getShop(scopeId, townId)).id }
    case 'townAdmin':
      if (scopeId !== townId) throw new NotFoundError('镇', 'town')
      return { townId }
  }
}

/**
 * The caller's grants of these roles whose unit lies in the village: a leader of a group
 * elsewhere has nothing to see here.
 */
export async function grantsWithin(
  principal: Principal,
  roles: readonly Role[],
  village: VillageItem,
): Promise<Principal['roles']> {
  const grants = principal.roles.filter((g) => roles.includes(g.role))
  const inside = await Promise.all(
    grants.map(
      async (g) =>
        (await scopeTarget(g.role, g.scopeId, principal.townId)).villageId === village.id,
    ),
  )
  return grants.filter((_, i) => inside[i])
}

/** Refuses with 403 unless the caller holds one of these roles within the village, or is the town. */
export async function authorizeWithin(
  principal: Principal,
  roles: readonly Role[],
  village: VillageItem,
): Promise<void> {
  if ((await grantsWithin(principal, roles, village)).length === 0)
    authorize(principal, [], villageTarget(village))
}

/** Where each kind of unit sits, for scope checks. */
export const villageTarget = (v: VillageItem): Target => ({ townId: v.townId, villageId: v.id })
export const gridTarget = (m: GridItem): Target => ({
  townId: m.townId,
  villageId: m.villageId,
  gridId: m.id,
})
export const groupTarget = (g: GroupItem): Target => ({
  townId: g.townId,
  villageId: g.villageId,
  gridId: g.gridId,
  groupId: g.id,
})
export const householdTarget = (h: HouseholdItem): Target => ({
  townId: h.townId,
  villageId: h.villageId,
  gridId: h.gridId,
  groupId: h.groupId,
  householdId: h.id,
})

/** Where a person sits: in their household, or (with none, e.g. a clerk) only in the town. */
export async function memberTarget(
  householdId: string | null | undefined,
  townId: string,
): Promise<Target> {
  return householdId ? householdTarget(await getHousehold(householdId, townId)) : { townId }
}

/** Where a person joins: a closed household takes no one new. */
export async function joiningTarget(householdId: string | null | undefined, townId: string) {
  return householdId
    ? householdTarget(refuseIfClosed(await getHousehold(householdId, townId)))
    : { townId }
}

/** Where an entry's household sat when the entry was made. */
export const entryTarget = (e: {
  townId: string
  villageId: string
  gridId: string
  groupId: string
  householdId: string
}): Target => ({
  townId: e.townId,
  villageId: e.villageId,
  gridId: e.gridId,
  groupId: e.groupId,
  householdId: e.householdId,
})

/** Anyone whose scope lies inside the village may read what the village publishes (群众监督). */
export async function authorizeInVillage(
  principal: Principal,
  village: VillageItem,
): Promise<void> {
  const { grids, groups, households, closed } = await villageStructure(village.id)
  // A closed household's members still read the months they were part of.
  const inside = new Set([village, ...grids, ...groups, ...households, ...closed].map((u) => u.id))
  if (!principal.roles.some((g) => g.role !== 'clerk' && inside.has(g.scopeId)))
    authorize(principal, [], villageTarget(village))
}
