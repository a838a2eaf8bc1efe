import { DIMENSIONS, type Dimension } from '../dimensions'
import {
  assertSafeInteger,
  divRoundHalfAwayFromZero,
  rateInHundredths,
  toHundredths,
} from './exact'

/** The level of unit a household's member leads; the household's own unit of that level. */
export type LeadLevel = 'village' | 'grid' | 'group'

export interface HouseholdRef {
  id: string
  groupId: string
  gridId: string
  villageId: string
  /** Set on a leader's household: its score is blended with the average of the unit led. */
  leads?: LeadLevel
  /** The unit led, when it is not the household's own unit of that level (see `pickLedUnit`). */
  ledUnitId?: string
}

/** An approved, non-voided entry, already multiplied out (indicator points × quantity). */
export interface ScoredEntry {
  householdId: string
  dimension: Dimension
  points: number
}

export interface HouseholdScore {
  /** S(h): the household's own points. */
  score: number
  byDimension: Record<Dimension, number>
  /** L(h) = 0.5·S(h) + 0.5·A(unit led), to 2 decimals; null unless the household leads. */
  blended: number | null
  /** The month's bean amount, from the exact score, rounded half away from zero once. */
  beans: number
}

export interface UnitScore {
  /** T(u): sum of raw S(h) over the unit's households (never blended). */
  total: number
  /** A(u) = T(u) / n(u), to 2 decimals. */
  average: number
  /** n(u), households with no entries included. */
  households: number
}

export interface MonthlyScores {
  households: Record<string, HouseholdScore>
  groups: Record<string, UnitScore>
  grids: Record<string, UnitScore>
  villages: Record<string, UnitScore>
}

const UNIT_KEY = { group: 'groupId', grid: 'gridId', village: 'villageId' } as const

interface UnitSum {
  total: number
  households: number
}

/**
 * A village-month's scores (SPEC §4): household scores by dimension, unit totals and
 * averages, leaders' blended scores and every household's bean amount.
 */
export function monthlyScores(
  households: HouseholdRef[],
  entries: ScoredEntry[],
  opts: { beansPerPoint?: number } = {},
): MonthlyScores {
  const rate = rateInHundredths(opts.beansPerPoint ?? 1, 'beansPerPoint')

  const byDimension = new Map<string, Record<Dimension, number>>()
  for (const h of households) {
    if (byDimension.has(h.id)) throw new RangeError(`household ${h.id} is listed twice`)
    byDimension.set(h.id, { autonomy: 0, law: 0, virtue: 0 })
  }
  for (const e of entries) {
    const sums = byDimension.get(e.householdId)
    if (!sums) throw new RangeError(`entry for household ${e.householdId}, which is not listed`)
    if (!DIMENSIONS.includes(e.dimension)) throw new RangeError(`unknown dimension ${e.dimension}`)
    sums[e.dimension] = assertSafeInteger(
      sums[e.dimension] + assertSafeInteger(e.points, 'points'),
      'score',
    )
  }
  const scoreOf = (id: string) => {
    const d = byDimension.get(id)!
    return d.autonomy + d.law + d.virtue
  }

  const sums = {
    group: new Map<string, UnitSum>(),
    grid: new Map<string, UnitSum>(),
    village: new Map<string, UnitSum>(),
  }
  for (const h of households) {
    for (const level of ['group', 'grid', 'village'] as const) {
      const unit = sums[level].get(h[UNIT_KEY[level]]) ?? { total: 0, households: 0 }
      unit.total += scoreOf(h.id)
      unit.households += 1
      sums[level].set(h[UNIT_KEY[level]], unit)
    }
  }

  const result: MonthlyScores = {
    households: {},
    groups: unitScores(sums.group),
    grids: unitScores(sums.grid),
    villages: unitScores(sums.village),
  }
  for (const h of households) {
    const score = scoreOf(h.id)
    const led = h.leads ? ledUnit(h, h.leads, sums[h.leads]) : undefined
    result.households[h.id] = {
      score,
      byDimension: { ...byDimension.get(h.id)! },
      blended: led ? toHundredths(blendNumerator(score, led), 2 * led.households) : null,
      // beans = score × rate/100; for a leader score = (S·n + T) / 2n.
      beans: led
        ? divRoundHalfAwayFromZero(blendNumerator(score, led) * rate, 200 * led.households)
        : divRoundHalfAwayFromZero(score * rate, 100),
    }
  }
  return result
}

function ledUnit(h: HouseholdRef, level: LeadLevel, units: Map<string, UnitSum>): UnitSum {
  const id = h.ledUnitId ?? h[UNIT_KEY[level]]
  const unit = units.get(id)
  if (!unit)
    throw new RangeError(`household ${h.id} leads ${level} ${id}, which has no listed household`)
  return unit
}

const LEVEL_RANK: Record<LeadLevel, number> = { village: 3, grid: 2, group: 1 }

/**
 * The one unit whose average blends a leader's household (SPEC §4): the highest level
 * led; among units of that level the one containing the household, else the lowest id.
 */
export function pickLedUnit(
  household: Omit<HouseholdRef, 'leads' | 'ledUnitId'>,
  led: { level: LeadLevel; unitId: string }[],
): { leads: LeadLevel; ledUnitId: string } | null {
  if (led.length === 0) return null
  const level = led.reduce(
    (best, u) => (LEVEL_RANK[u.level] > LEVEL_RANK[best] ? u.level : best),
    led[0]!.level,
  )
  const ids = led.filter((u) => u.level === level).map((u) => u.unitId)
  const own = household[UNIT_KEY[level]]
  return { leads: level, ledUnitId: ids.includes(own) ? own : ids.sort()[0]! }
}

/** S·n + T: the numerator of L = 0.5·S + 0.5·T/n over the denominator 2n. */
function blendNumerator(score: number, unit: UnitSum): number {
  return assertSafeInteger(score * unit.households + unit.total, 'blended numerator')
}

function unitScores(sums: Map<string, UnitSum>): Record<string, UnitScore> {
  const out: Record<string, UnitScore> = {}
  for (const [id, { total, households }] of sums) {
    out[id] = { total, average: toHundredths(total, households), households }
  }
  return out
}

/** A raw score's bean amount (no blend): round half away from zero of score × beansPerPoint, exactly. */
export function beansOf(score: number, beansPerPoint = 1): number {
  return divRoundHalfAwayFromZero(
    assertSafeInteger(score, 'score') * rateInHundredths(beansPerPoint, 'beansPerPoint'),
    100,
  )
}
