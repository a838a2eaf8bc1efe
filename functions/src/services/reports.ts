import {
  addMonths,
  DIMENSIONS,
  monthOf,
  REPORT_READERS,
  type AssessmentQuery,
  type Dashboard,
  type ReportQuery,
  type Tier,
  type VillageActivity,
  type VillageAssessment,
} from '@jifenbao/shared'
import { getAwards } from '../data/awards'
import { villageMonthEntries } from '../data/entries'
import { monthKey, type MonthItem } from '../data/months'
import { getVillage, listVillages, villageStructure, type VillageItem } from '../data/org'
import { townPartyMembers } from '../data/people'
import { activeBetween, townRestrictions } from '../data/restrictions'
import { villageStats, type FlowKind } from '../data/stats'
import { getMany } from '../data/tx'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import type { Principal } from '../lib/ground/context'
import { monthActivity } from './month'
import { lastDayOf, periodMonths } from './period'

/** A report's months, its first and last day, and the quarters that lie wholly inside it. */
export function reportPeriod(query: ReportQuery) {
  const from = query.month ? `${query.month}-01` : `${query.year}-01-01`
  const to = query.month ? lastDayOf(query.month) : `${query.year}-12-31`
  return { ...periodMonths(from, to), from, to }
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

/** A share or an amount per household to 2 decimals (API.md Reports, assessment). */
const hundredths = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100) / 100

const sumOf = <T>(items: T[], pick: (item: T) => number) =>
  items.reduce((sum, item) => sum + pick(item), 0)

/**
 * A village over a report's period, from its month summaries and bean flows (one query)
 * and its households (another): a month still open (no summary yet) is read from its approved
 * entries. Beans earned are the final months' and, over a year, the quarters' awards;
 * spending is what its households paid at any shop, a voided receipt not at all.
 */
async function villagePeriod(village: VillageItem, period: ReturnType<typeof reportPeriod>) {
  const first = period.months[0]!
  const last = period.months.at(-1)!
  const [{ households }, { summaries, flows }] = await Promise.all([
    villageStructure(village.id),
    villageStats(village.id, first, last),
  ])
  const summarised = new Set(summaries.map((s) => s.month))
  const unpublished = await Promise.all(
    period.months
      .filter((m) => !summarised.has(m))
      .map(async (m) => monthActivity(await villageMonthEntries(village.id, m, 'approved'))),
  )
  const activity = [...summaries, ...unpublished]
  const open = new Set(households.map((h) => h.id))
  const counted: FlowKind[] = period.quarters.length ? ['monthly', 'award'] : ['monthly']
  return {
    households,
    summaries,
    active: new Set(activity.flatMap((m) => m.active).filter((id) => open.has(id))),
    entries: sumOf(activity, (m) => m.entries),
    earned: sumOf(
      flows.filter((f) => counted.includes(f.kind)),
      (f) => f.beans,
    ),
    spent: sumOf(
      flows.filter((f) => f.kind === 'spent'),
      (f) => f.beans,
    ),
  }
}

/** Each village's participation over a month or a year (API.md Reports). */
export async function activityReport(
  principal: Principal,
  query: ReportQuery,
): Promise<VillageActivity[]> {
  const villages = await reportVillages(principal, query.villageId)
  const period = reportPeriod(query)
  return Promise.all(
    villages.map(async (village) => {
      const { households, active, entries, earned, spent } = await villagePeriod(village, period)
      return {
        villageId: village.id,
        name: village.name,
        households: households.length,
        activeHouseholds: active.size,
        activeShare: ratio(active.size, households.length),
        entries,
        entriesPerHousehold: ratio(entries, households.length),
        beansEarned: earned,
        beansSpent: spent,
      }
    }),
  )
}

/**
 * What each village is judged by at the end of a year (年终村级考核, API.md Reports): its
 * participation and beans, the medals its grids and groups won, its party members' scores,
 * its objections and the restrictions in force at some time of the year.
 */
export async function assessmentReport(
  principal: Principal,
  query: AssessmentQuery,
): Promise<VillageAssessment[]> {
  const villages = await reportVillages(principal, query.villageId)
  const period = reportPeriod({ year: query.year })
  const [awards, partyMembers, restrictions] = await Promise.all([
    Promise.all(period.quarters.map((q) => getAwards(principal.townId, q))),
    townPartyMembers(principal.townId),
    townRestrictions(principal.townId, period.to),
  ])
  const units = awards.flatMap((a) => (a ? [...a.grids, ...a.groups] : []))
  return Promise.all(
    villages.map(async (village) => {
      const figures = await villagePeriod(village, period)
      const open = new Set(figures.households.map((h) => h.id))
      const yearScore = (householdId: string) =>
        sumOf(
          figures.summaries.filter((s) => s.status === 'final'),
          (s) => s.scores[householdId] ?? 0,
        )
      const members = partyMembers.filter((p) => open.has(p.householdId!))
      const medals = (tier: Tier) =>
        units.filter((u) => u.villageId === village.id && u.tier === tier).length
      return {
        villageId: village.id,
        name: village.name,
        activeShare: ratio(figures.active.size, open.size),
        beansPerHousehold: hundredths(figures.earned, open.size),
        medals: { gold: medals('gold'), silver: medals('silver'), bronze: medals('bronze') },
        partyMembers: {
          count: members.length,
          averageScore: hundredths(
            sumOf(members, (p) => yearScore(p.householdId!)),
            members.length,
          ),
        },
        objections: {
          raised: sumOf(figures.summaries, (s) => s.objectionsRaised),
          upheld: sumOf(figures.summaries, (s) => s.objectionsUpheld),
        },
        restrictions: restrictions.filter(
          (r) => r.villageId === village.id && activeBetween(r, period.from, period.to),
        ).length,
      }
    }),
  )
}

/**
 * The town's (or a village's) last 12 months for its home screen: each village-month's
 * state with what waits on someone — entries to review, objections to resolve — the beans
 * earned and spent each month, the beans the households hold now, and the published
 * months' points by dimension. A month with a
 * summary is published or final; the others are read together, a hundred at a time.
 */
export async function dashboard(
  principal: Principal,
  query: { villageId?: string },
  now: Date,
): Promise<Dashboard> {
  const villages = await reportVillages(principal, query.villageId)
  const current = monthOf(now)
  const months = Array.from({ length: 12 }, (_, i) => addMonths(current, i - 11))
  const perVillage = await Promise.all(
    villages.map(async (village) => {
      return { village, ...(await villageStats(village.id, months[0]!, current, true)) }
    }),
  )
  const unsummarised = perVillage.flatMap(({ village, summaries }) =>
    months.filter((m) => !summaries.some((s) => s.month === m)).map((m) => monthKey(village.id, m)),
  )
  const openMonths = await getMany<MonthItem>(unsummarised)
  const flows = perVillage.flatMap((v) => v.flows)
  const inMonth = (month: string, kinds: FlowKind[]) =>
    sumOf(
      flows.filter((f) => f.month === month && kinds.includes(f.kind)),
      (f) => f.beans,
    )
  return {
    months: perVillage.flatMap(({ village, summaries }) =>
      months.map((month) => {
        const summary = summaries.find((s) => s.month === month)
        const item = openMonths.find((m) => m.villageId === village.id && m.month === month)
        return {
          villageId: village.id,
          name: village.name,
          month,
          status: summary?.status ?? 'open',
          pending: item?.pending ?? 0,
          openObjections: summary?.openObjections ?? 0,
        }
      }),
    ),
    beans: months.map((month) => ({
      month,
      earned: inMonth(month, ['monthly', 'award']),
      spent: inMonth(month, ['spent']),
    })),
    outstanding: sumOf(perVillage, (v) => v.held),
    dimensions: Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        sumOf(
          perVillage.flatMap((v) => v.summaries),
          (s) => s.byDimension[d],
        ),
      ]),
    ) as Dashboard['dimensions'],
  }
}
