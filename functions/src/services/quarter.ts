import {
  beansOf,
  monthsOfQuarter,
  quarterTiers,
  splitAward,
  type TownConfig,
  eachLimited,
} from '@jifenbao/shared'
import {
  AwardsExist,
  getAwards,
  recordAwards,
  type AwardsItem,
  type Level,
  type RankedUnit,
} from '../data/awards'
import { JOB_CHUNK, type JobQueue } from '../adapters/job'
import { post, POSTINGS_IN_FLIGHT } from '../data/ledger'
import { getMonth, type MonthItem } from '../data/months'
import { listVillages, villageStructure, type GridItem, type VillageItem } from '../data/org'
import { flowSetOps } from '../data/stats'
import { getTown } from '../data/towns'
import { auditOf, commit } from '../data/tx'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'

interface UnitTally {
  id: string
  name: string
  villageId: string
  /** A group's grid, by name: two grids may each have a 第一联户小组. */
  gridName?: string
  total: number
  /** Each household's quarter amount, by household id. */
  amounts: Map<string, number>
}

/** The months of the quarter for every village, and which of them are not final yet. */
async function quarterMonths(townId: string, quarter: string) {
  const villages = await listVillages(townId)
  const months = await Promise.all(
    villages.flatMap((v) =>
      monthsOfQuarter(quarter).map((m) =>
        getMonth(townId, v.id, m).then((month) => ({ village: v, month })),
      ),
    ),
  )
  const missing = months
    .filter(({ month }) => month.status !== 'final')
    .map(({ village, month }) => ({
      villageId: village.id,
      month: month.month,
      status: month.status,
    }))
  return { villages, months, missing }
}

/**
 * Unit totals over the quarter's final months (SPEC §6): a household's monthly amount is
 * round(S × beansPerPoint) of its raw score, never its leader blend; units as of each month.
 */
async function tallies(
  villages: VillageItem[],
  months: { village: VillageItem; month: MonthItem }[],
  level: Level,
): Promise<UnitTally[]> {
  const units = new Map<string, UnitTally>()
  for (const village of villages) {
    const structure = await villageStructure(village.id)
    const gridNames = new Map(structure.grids.map((g) => [g.id, g.name]))
    const levelUnits: (GridItem & { gridId?: string })[] =
      level === 'grid' ? structure.grids : structure.groups
    for (const unit of levelUnits) {
      units.set(unit.id, {
        id: unit.id,
        name: unit.name,
        villageId: village.id,
        ...(unit.gridId && { gridName: gridNames.get(unit.gridId) }),
        total: 0,
        amounts: new Map(),
      })
    }
    // Every household currently in the unit takes part in its award, even with 0 beans.
    for (const h of structure.households)
      units.get(level === 'grid' ? h.gridId : h.groupId)?.amounts.set(h.id, 0)
  }
  for (const { month } of months.filter(({ month }) => month.status === 'final')) {
    const refOf = new Map(month.refs!.map((r) => [r.id, r]))
    for (const h of month.publication!.households) {
      const ref = refOf.get(h.householdId)!
      const unit = units.get(level === 'grid' ? ref.gridId : ref.groupId)
      if (!unit) continue
      const amount = beansOf(h.score, month.beansPerPoint!)
      unit.total += amount
      if (unit.amounts.has(h.householdId))
        unit.amounts.set(h.householdId, unit.amounts.get(h.householdId)! + amount)
    }
  }
  return [...units.values()]
}

/** Ranks units across the town or within each village, and prices each medal. */
function rank(tally: UnitTally[], config: TownConfig, level: Level): RankedUnit[] {
  const villages = [...new Set(tally.map((u) => u.villageId))]
  const scopes =
    config.rankScope === 'town'
      ? [tally]
      : villages.map((v) => tally.filter((u) => u.villageId === v))
  return scopes.flatMap((units) => {
    const tiers = quarterTiers(
      units.map((u) => ({ id: u.id, total: u.total, households: u.amounts.size })),
      { rankBy: config.rankBy },
    )
    const ranked = units.map((u) => {
      const { rank, tier } = tiers[u.id]!
      return {
        id: u.id,
        name: u.name,
        villageId: u.villageId,
        ...(u.gridName && { gridName: u.gridName }),
        total: u.total,
        households: u.amounts.size,
        rank,
        tier,
        award: tier ? config.awards[level][tier] : 0,
      }
    })
    return ranked.sort((a, b) => a.rank - b.rank)
  })
}

/** The quarter's rankings from the months finalised so far (`complete` once all are). */
export async function quarterRankings(townId: string, quarter: string, level: Level) {
  const stored = await getAwards(townId, quarter)
  if (stored)
    return { complete: true, awarded: true, items: stored[level === 'grid' ? 'grids' : 'groups'] }
  const [{ config }, { villages, months, missing }] = await Promise.all([
    getTown(townId),
    quarterMonths(townId, quarter),
  ])
  return {
    complete: missing.length === 0,
    awarded: false,
    items: rank(await tallies(villages, months, level), config, level),
  }
}

/**
 * Gives the quarter's medals and awards once all three months of every village are final
 * (SPEC §6): each medal's award split over the unit's households, each share an `award`
 * posting with its own id, so any re-run credits nothing more. Credits past the first piece
 * go to `jobs` (only the route that gives awards loads the queue).
 */
export async function giveAwards(
  actor: Actor,
  quarter: string,
  jobs: JobQueue,
): Promise<AwardsItem> {
  let awards = await getAwards(actor.townId, quarter)
  if (!awards) {
    const { villages, months, missing } = await quarterMonths(actor.townId, quarter)
    if (missing.length > 0) throw Refused.quarterNotFinal(missing)
    const { config } = await getTown(actor.townId)
    const shares: AwardsItem['shares'] = {}
    const byLevel = {} as Record<Level, RankedUnit[]>
    for (const level of ['grid', 'group'] as const) {
      const tally = await tallies(villages, months, level)
      byLevel[level] = rank(tally, config, level)
      for (const unit of byLevel[level].filter((u) => u.award > 0)) {
        const amounts = [...tally.find((t) => t.id === unit.id)!.amounts].map(([id, amount]) => ({
          id,
          amount,
        }))
        shares[unit.id] = splitAward(unit.award, amounts)
      }
    }
    const fresh: AwardsItem = {
      townId: actor.townId,
      quarter,
      grids: byLevel.grid,
      groups: byLevel.group,
      shares,
      at: actor.now.toISOString(),
    }
    await recordAwards(fresh, [
      auditOf(actor, 'quarter.awards', `${actor.townId}#${quarter}`, null, {
        grids: fresh.grids,
        groups: fresh.groups,
      }),
    ]).catch((err: Error) => {
      if (!(err instanceof AwardsExist)) throw err
    })
    awards = (await getAwards(actor.townId, quarter))!
  }
  // Each village's share once: a re-run finds it written and leaves it.
  await Promise.all(
    awardFlows(awards).map((ops) =>
      commit(ops).catch((err: Error) => {
        if (!(err instanceof AwardsExist)) throw err
      }),
    ),
  )
  // The first piece of the credits now, the rest through the job queue.
  const next = await creditShares(actor, awards, 0)
  if (next !== null)
    await jobs.send([
      { kind: 'awards', townId: actor.townId, quarter, at: actor.now.toISOString(), from: next },
    ])
  return awards
}

/** Every award share of a quarter, in one fixed order (unit, then household). */
const creditsOf = (awards: AwardsItem) =>
  Object.entries(awards.shares)
    .flatMap(([unitId, split]) =>
      Object.entries(split)
        .filter(([, amount]) => amount !== 0)
        .map(([householdId, amount]) => ({ unitId, householdId, amount })),
    )
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.householdId.localeCompare(b.householdId))

/**
 * Credits JOB_CHUNK of a quarter's award shares from `from`, each an `award` posting with its
 * own id, so any re-run credits nothing more; says where the next piece starts, or null.
 */
async function creditShares(actor: Actor, awards: AwardsItem, from: number) {
  const units = [...awards.grids, ...awards.groups]
  const credits = creditsOf(awards)
  // A household in an awarded grid and an awarded group gets two postings; post() retries
  // whichever of the two finds its balance moved.
  await eachLimited(
    credits.slice(from, from + JOB_CHUNK),
    POSTINGS_IN_FLIGHT,
    async ({ unitId, householdId, amount }) => {
      await post({
        id: `award-${awards.quarter}-${unitId}-${householdId}`,
        townId: awards.townId,
        householdId,
        kind: 'award',
        amount,
        source: {
          type: 'award',
          id: `${awards.townId}#${awards.quarter}`,
          quarter: awards.quarter,
          unitId,
          tier: units.find((u) => u.id === unitId)!.tier,
        },
        at: actor.now.toISOString(),
      })
    },
  )
  return from + JOB_CHUNK < credits.length ? from + JOB_CHUNK : null
}

/** A piece of a quarter's award credits, sent by giveAwards through the job queue. */
export async function creditAwardsChunk(actor: Actor, quarter: string, from: number) {
  const awards = await getAwards(actor.townId, quarter)
  if (!awards) throw new Error(`the awards of ${quarter} are not stored`)
  return creditShares(actor, awards, from)
}

/** Each village's share of a quarter's awards, counted to the quarter's last month. */
function awardFlows(awards: AwardsItem) {
  const units = [...awards.grids, ...awards.groups]
  const byVillage = new Map<string, number>()
  for (const [unitId, split] of Object.entries(awards.shares)) {
    const { villageId } = units.find((u) => u.id === unitId)!
    const beans = Object.values(split).reduce((sum, b) => sum + b, 0)
    byVillage.set(villageId, (byVillage.get(villageId) ?? 0) + beans)
  }
  const lastMonth = monthsOfQuarter(awards.quarter).at(-1)!
  return [...byVillage].map(([villageId, beans]) =>
    flowSetOps(villageId, lastMonth, 'award', awards.quarter, beans, () => new AwardsExist()),
  )
}

/** A ranked unit as the API shows it. */
export const unitView = ({
  id,
  name,
  villageId,
  gridName,
  total,
  rank,
  tier,
  award,
}: RankedUnit) => ({
  id,
  name,
  villageId,
  gridName,
  total,
  rank,
  tier,
  award,
})
