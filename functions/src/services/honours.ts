import { dateOf, dayStart, maskName, yearHonours } from '@jifenbao/shared'
import { getAwards } from '../data/awards'
import { getMonth } from '../data/months'
import { getVillage, villageStructure, type VillageItem } from '../data/org'
import { townPartyMembers } from '../data/people'
import { inForce, townRestrictions } from '../data/restrictions'
import { getTown } from '../data/towns'
import { authorizeInVillage } from '../lib/access/placement'
import { yearMonths } from './period'
import type { Principal } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'

/**
 * The beans each of these households of the village earned over these months and quarters:
 * the final months' amounts and the quarters' awards (what honours and welfare go by).
 */
export async function beansEarned(
  village: VillageItem,
  householdIds: string[],
  months: string[],
  quarters: string[],
): Promise<Map<string, number>> {
  const earned = new Map(householdIds.map((id) => [id, 0]))
  const add = (householdId: string, beans: number) =>
    earned.has(householdId) && earned.set(householdId, earned.get(householdId)! + beans)
  for (const month of await Promise.all(
    months.map((m) => getMonth(village.townId, village.id, m)),
  )) {
    if (month.status === 'final')
      for (const h of month.publication!.households) add(h.householdId, h.beans)
  }
  for (const awards of await Promise.all(quarters.map((q) => getAwards(village.townId, q)))) {
    for (const split of Object.values(awards?.shares ?? {}))
      for (const [householdId, beans] of Object.entries(split)) add(householdId, beans)
  }
  return earned
}

/**
 * A village's year-end honours (一年一评优, SPEC §6): households ranked by the beans they
 * earned in the year — the final months' amounts and the quarters' awards — with those
 * under a `no_honours` restriction skipped; party members' households reported apart.
 */
export async function villageHonours(village: VillageItem, year: string, now: Date) {
  const [{ config }, { households }] = await Promise.all([
    getTown(village.townId),
    villageStructure(village.id),
  ])
  const { months, quarters } = yearMonths(year)
  const earned = await beansEarned(
    village,
    households.map((h) => h.id),
    months,
    quarters,
  )
  const asOf = [dateOf(now), `${year}-12-31`].sort()[0]!
  // Two queries of the town, not two of every household.
  const [restrictions, partyMembers] = await Promise.all([
    townRestrictions(village.townId, asOf),
    townPartyMembers(village.townId),
  ])
  const excluded = new Set(
    restrictions
      .filter((r) => r.type === 'no_honours' && inForce(r, asOf))
      .map((r) => r.householdId),
  )
  const partyHouseholds = new Set(partyMembers.map((p) => p.householdId))
  const rows = households.map((h) => ({
    household: h,
    earned: earned.get(h.id)!,
    excluded: excluded.has(h.id),
    partyMember: partyHouseholds.has(h.id),
  }))
  const honoured = yearHonours(
    rows.map((r) => ({ id: r.household.id, earned: r.earned, excluded: r.excluded })),
    { topPercent: config.honoursTopPercent },
  )
  const rankOf = new Map(honoured.map((h) => [h.id, h.rank]))
  const view = (r: (typeof rows)[number]) => ({
    householdId: r.household.id,
    headName: maskName(r.household.headName),
    earned: r.earned,
  })
  return {
    year,
    villageId: village.id,
    items: honoured.map((h) => ({
      ...view(rows.find((r) => r.household.id === h.id)!),
      rank: h.rank,
    })),
    partyMembers: rows
      .filter((r) => r.partyMember)
      .map((r) => ({ ...view(r), rank: rankOf.get(r.household.id) ?? null, excluded: r.excluded })),
    excluded: rows.filter((r) => r.excluded).map(view),
  }
}

/**
 * A finished year's honours of a village, for whoever may read the village: what its
 * spreadsheets and certificates are made from (409 while the year is still under way).
 */
export async function finishedYearHonours(
  principal: Principal,
  query: { villageId: string; year: string },
  now: Date,
) {
  const village = await getVillage(query.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  if (now < dayStart(`${Number(query.year) + 1}-01-01`)) throw Refused.yearNotOver(query.year)
  return { village, honours: await villageHonours(village, query.year, now) }
}
