import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { auditOf, commit, create, getInTown, queryAll, type Op } from './tx'

/** Where an object sits in the town: what scopes are checked against. */
export interface Placement {
  townId: string
  villageId?: string
  gridId?: string
  groupId?: string
  householdId?: string
}

export interface VillageItem {
  id: string
  townId: string
  name: string
}
export interface GridItem extends VillageItem {
  villageId: string
}
export interface GroupItem extends GridItem {
  gridId: string
}
export interface HouseholdItem {
  id: string
  townId: string
  villageId: string
  gridId: string
  groupId: string
  headName: string
  address: string | null
  /** 注销: from then on the household is in no publication, ranking or honours (SPEC §2). */
  closed?: { at: string; reason: string }
}

/** A closed household takes no new entries, members or moves. */
export function refuseIfClosed(household: HouseholdItem): HouseholdItem {
  if (household.closed) throw Refused.householdClosed()
  return household
}

/** Every unit is keyed by its own id (one GetItem) and listed under its village on GSI1. */
const KINDS = {
  village: { prefix: 'VILLAGE', zh: '村', en: 'village' },
  grid: { prefix: 'GRID', zh: '微网格', en: 'grid' },
  group: { prefix: 'GROUP', zh: '联户小组', en: 'group' },
  household: { prefix: 'HH', zh: '户', en: 'household' },
} as const
type Kind = keyof typeof KINDS

export const unitKey = (kind: Kind, id: string) => ({
  PK: `${KINDS[kind].prefix}#${id}`,
  SK: KINDS[kind].prefix,
})

const getUnit = <T extends { townId: string }>(kind: Kind, id: string, townId: string) =>
  getInTown<T>(unitKey(kind, id), townId, KINDS[kind])

export const getVillage = (id: string, townId: string) =>
  getUnit<VillageItem>('village', id, townId)
export const getGrid = (id: string, townId: string) => getUnit<GridItem>('grid', id, townId)
export const getGroup = (id: string, townId: string) => getUnit<GroupItem>('group', id, townId)
export const getHousehold = (id: string, townId: string) =>
  getUnit<HouseholdItem>('household', id, townId)

export function unitOp(
  kind: Kind,
  unit: { id: string; townId: string; villageId?: string },
  listedUnder: string,
): Op {
  return create({
    ...unitKey(kind, unit.id),
    GSI1PK: listedUnder,
    GSI1SK: `${KINDS[kind].prefix}#${unit.id}`,
    ...unit,
  })
}

async function createUnit<T extends { id: string; townId: string }>(
  actor: Actor,
  kind: Kind,
  unit: T,
  listedUnder: string,
): Promise<T> {
  await commit(
    [unitOp(kind, unit, listedUnder)],
    [auditOf(actor, `${kind}.create`, unit.id, null, unit)],
  )
  return unit
}

export const createVillage = (actor: Actor, name: string) =>
  createUnit<VillageItem>(
    actor,
    'village',
    { id: ulid(), townId: actor.townId, name },
    `TOWN#${actor.townId}`,
  )

export const createGrid = (actor: Actor, village: VillageItem, name: string) =>
  createUnit<GridItem>(
    actor,
    'grid',
    { id: ulid(), townId: actor.townId, villageId: village.id, name },
    `VILLAGE#${village.id}`,
  )

export const createGroup = (actor: Actor, grid: GridItem, name: string) =>
  createUnit<GroupItem>(
    actor,
    'group',
    { id: ulid(), townId: actor.townId, villageId: grid.villageId, gridId: grid.id, name },
    `VILLAGE#${grid.villageId}`,
  )

/** A new household of a group, and the op that writes it into its village's list. */
export function newHousehold(actor: Actor, group: GroupItem, headName: string, address?: string) {
  const household: HouseholdItem = {
    id: ulid(),
    townId: actor.townId,
    villageId: group.villageId,
    gridId: group.gridId,
    groupId: group.id,
    headName,
    address: address ?? null,
  }
  return { household, op: unitOp('household', household, `VILLAGE#${group.villageId}`) }
}

export async function createHousehold(
  actor: Actor,
  group: GroupItem,
  headName: string,
  address?: string,
): Promise<HouseholdItem> {
  const { household, op } = newHousehold(actor, group, headName, address)
  await commit([op], [auditOf(actor, 'household.create', household.id, null, household)])
  return household
}

export async function listVillages(townId: string): Promise<VillageItem[]> {
  return queryAll<VillageItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :sk)',
    ExpressionAttributeValues: { ':pk': `TOWN#${townId}`, ':sk': 'VILLAGE#' },
  })
}

/** A village's grids, groups and households in one (paged) query of its GSI1 partition. */
export async function villageStructure(villageId: string) {
  const items = await queryAll<(GridItem | GroupItem | HouseholdItem) & { GSI1SK: string }>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': `VILLAGE#${villageId}` },
  })
  const of = <T>(prefix: string) =>
    items.filter((i) => i.GSI1SK.startsWith(`${prefix}#`)) as unknown as T[]
  const households = of<HouseholdItem>('HH')
  return {
    grids: of<GridItem>('GRID'),
    groups: of<GroupItem>('GROUP'),
    households: households.filter((h) => !h.closed),
    closed: households.filter((h) => h.closed),
  }
}

/** A village's grid and group names by id, from its structure. */
export const unitNames = ({ grids, groups }: { grids: GridItem[]; groups: GroupItem[] }) =>
  new Map([...grids, ...groups].map((u) => [u.id, u.name]))

/**
 * A village's open households with their grid's and group's names, in the order the office
 * reads its roster: by grid, group, then head.
 */
export function namedHouseholds(structure: Awaited<ReturnType<typeof villageStructure>>) {
  const names = unitNames(structure)
  return structure.households
    .map((h) => ({
      ...h,
      gridName: names.get(h.gridId) ?? '',
      groupName: names.get(h.groupId) ?? '',
    }))
    .sort(
      (a, b) =>
        a.gridName.localeCompare(b.gridName, 'zh') ||
        a.groupName.localeCompare(b.groupName, 'zh') ||
        a.headName.localeCompare(b.headName, 'zh'),
    )
}

/** 注销 a household once: its past and its balance stay, its future counts stop. */
export async function closeHousehold(
  actor: Actor,
  household: HouseholdItem,
  reason: string,
): Promise<HouseholdItem> {
  const closed = { at: actor.now.toISOString(), reason }
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: unitKey('household', household.id),
            UpdateExpression: 'SET closed = :closed',
            ConditionExpression: 'attribute_not_exists(closed)',
            ExpressionAttributeValues: { ':closed': closed },
          },
        },
        onConditionFailed: () => Refused.householdClosed(),
      },
    ],
    [auditOf(actor, 'household.close', household.id, household, { ...household, closed })],
  )
  return { ...household, closed }
}

/**
 * Moves a household to another group: the household item is updated only if it is still
 * where it was read (no lost update), and the move is kept as history.
 */
export async function moveHousehold(
  actor: Actor,
  household: HouseholdItem,
  to: GroupItem,
): Promise<HouseholdItem> {
  const after: HouseholdItem = {
    ...household,
    villageId: to.villageId,
    gridId: to.gridId,
    groupId: to.id,
  }
  const at = actor.now.toISOString()
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: unitKey('household', household.id),
            UpdateExpression: 'SET villageId = :v, gridId = :m, groupId = :g, GSI1PK = :pk',
            ConditionExpression: 'groupId = :from',
            ExpressionAttributeValues: {
              ':v': to.villageId,
              ':m': to.gridId,
              ':g': to.id,
              ':pk': `VILLAGE#${to.villageId}`,
              ':from': household.groupId,
            },
          },
        },
        onConditionFailed: () => Refused.householdMoved(),
      },
      create({
        PK: unitKey('household', household.id).PK,
        SK: `MOVE#${at}#${ulid()}`,
        townId: actor.townId,
        from: {
          villageId: household.villageId,
          gridId: household.gridId,
          groupId: household.groupId,
        },
        to: { villageId: to.villageId, gridId: to.gridId, groupId: to.id },
        by: actor.personId,
        at,
      }),
    ],
    [auditOf(actor, 'household.move', household.id, household, after)],
  )
  return after
}
