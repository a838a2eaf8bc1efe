import {
  addMonths,
  dateOf,
  monthEnd,
  REPORT_READERS,
  type ReportQuery,
  type VillageActivity,
} from '@jifenbao/shared'
import { getAwards } from '../data/awards'
import { villageMonthEntries } from '../data/entries'
import { getMonth } from '../data/months'
import { getVillage, listVillages, villageStructure, type VillageItem } from '../data/org'
import { shopRedemptions } from '../data/redemptions'
import { listShops } from '../data/shops'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import type { Principal } from '../lib/ground/context'
import { monthActivity } from './month'

/** A report's months, its first and last day, and the quarters that lie wholly inside it. */
export function reportPeriod(query: ReportQuery) {
  const first = query.month ?? `${query.year}-01`
  const months = Array.from({ length: query.month ? 1 : 12 }, (_, i) => addMonths(first, i))
  return {
    months,
    from: `${first}-01`,
    to: dateOf(new Date(monthEnd(months.at(-1)!).getTime() - 1)),
    quarters: query.year ? [1, 2, 3, 4].map((q) => `${query.year}-Q${q}`) : [],
  }
}

/** The villages a report covers: one the caller may read, or the whole town for its admin. */
export async function reportVillages(principal: Principal, villageId: string | undefined) {
  if (!villageId) {
    authorize(principal, [], { townId: principal.townId })
    return listVillages(principal.townId)
  }
  const village = await getVillage(villageId, principal.townId)
  authorize(principal, REPORT_READERS, villageTarget(village))
  return [village]
}

/** A share or a rate to 4 decimals (API.md Reports); nothing of nothing is 0. */
export const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000

/**
 * Each village's participation over a month or a year (API.md Reports). A published month
 * answers from what its publication froze; a month still open, from its approved entries.
 * Spending is every receipt of the period at the shops serving the village, counted to the
 * household's own village, a voided receipt not at all.
 */
export async function activityReport(
  principal: Principal,
  query: ReportQuery,
): Promise<VillageActivity[]> {
  const villages = await reportVillages(principal, query.villageId)
  const period = reportPeriod(query)
  const [shops, awards] = await Promise.all([
    listShops(principal.townId),
    Promise.all(period.quarters.map((q) => getAwards(principal.townId, q))),
  ])
  return Promise.all(
    villages.map(async (village: VillageItem) => {
      const { households, closed } = await villageStructure(village.id)
      const open = new Set(households.map((h) => h.id))
      const ever = new Set([...open, ...closed.map((h) => h.id)])
      const months = await Promise.all(
        period.months.map(async (m) => {
          const item = await getMonth(village.townId, village.id, m)
          return {
            item,
            activity:
              item.publication?.activity ??
              monthActivity(await villageMonthEntries(village.id, m, 'approved')),
          }
        }),
      )
      const active = new Set(months.flatMap((m) => m.activity.active).filter((id) => open.has(id)))
      const entries = months.reduce((sum, m) => sum + m.activity.entries, 0)
      const monthly = months
        .filter((m) => m.item.status === 'final')
        .flatMap((m) => m.item.publication!.households)
        .reduce((sum, h) => sum + h.beans, 0)
      const awarded = awards
        .flatMap((a) => Object.values(a?.shares ?? {}))
        .flatMap((split) => Object.entries(split))
        .reduce((sum, [householdId, beans]) => sum + (ever.has(householdId) ? beans : 0), 0)
      const serving = shops.filter((s) => !s.villageIds || s.villageIds.includes(village.id))
      const receipts = (
        await Promise.all(serving.map((s) => shopRedemptions(s.id, period.from, period.to)))
      ).flat()
      const spent = receipts
        .filter((r) => !r.voided && ever.has(r.householdId))
        .reduce((sum, r) => sum + r.total, 0)
      return {
        villageId: village.id,
        name: village.name,
        households: open.size,
        activeHouseholds: active.size,
        activeShare: ratio(active.size, open.size),
        entries,
        entriesPerHousehold: ratio(entries, open.size),
        beansEarned: monthly + awarded,
        beansSpent: spent,
      }
    }),
  )
}
