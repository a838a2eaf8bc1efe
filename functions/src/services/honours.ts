import { dateOf, dayStart, maskName, yearHonours } from '@jifenbao/shared'
import { getAwards } from '../data/awards'
import { getMonth } from '../data/months'
import { getVillage, villageStructure, type VillageItem } from '../data/org'
import { householdMembers } from '../data/people'
import { inForce, restrictionsOf } from '../data/restrictions'
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
  const rows = await Promise.all(
    households.map(async (h) => ({
      household: h,
      earned: earned.get(h.id)!,
      excluded: (await restrictionsOf(h.id)).some(
        (r) => r.type === 'no_honours' && inForce(r, asOf),
      ),
      partyMember: (await householdMembers(h.id)).some((m) => m.partyMember),
    })),
  )
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
