import {
  addMonths,
  beansOf,
  monthlyScores,
  monthsOfQuarter,
  quarterTiers,
  splitAward,
  type Dimension,
  type TownConfig,
} from '@jifenbao/shared'

export interface Household {
  id: string
  villageId: string
  gridId: string
  groupId: string
  /** A member who shows the pay code and files objections. */
  member: { id: string; token: string }
  balance: number
}

export interface Entry {
  id: string
  householdId: string
  villageId: string
  month: string
  code: string
  dimension: Dimension
  quantity: number
  points: number
  status: 'pending' | 'approved' | 'rejected' | 'voided'
}

export interface Month {
  villageId: string
  month: string
  status: 'open' | 'published' | 'final'
  deadline?: string
  openObjections: number
  /** Each household's beans, as this model scores the month. */
  beans: Map<string, number>
  /** Each household's raw score (what the quarter's awards add up). */
  scores: Map<string, number>
}

export interface Receipt {
  id: string
  householdId: string
  total: number
  lines: { itemId: string; qty: number }[]
  day: string
  voided: boolean
}

export interface Good {
  id: string
  price: number
  stock: number | null
}

export interface Restriction {
  id: string
  householdId: string
  from: string
  lifted: boolean
}

/**
 * What the town should hold, kept by the simulation from the rules alone (shared/src/rules)
 * and the answers it was given: balances, entries, months, receipts, stock, pay codes.
 */
export class Model {
  readonly households = new Map<string, Household>()
  readonly entries = new Map<string, Entry>()
  readonly months = new Map<string, Month>()
  readonly receipts = new Map<string, Receipt>()
  readonly goods = new Map<string, Good>()
  readonly restrictions = new Map<string, Restriction>()
  /** Pay codes a redemption has spent. */
  readonly spentCodes = new Set<string>()
  readonly awarded = new Set<string>()

  constructor(readonly config: TownConfig) {}

  month(villageId: string, month: string): Month {
    const key = `${villageId}#${month}`
    let m = this.months.get(key)
    if (!m) {
      m = {
        villageId,
        month,
        status: 'open',
        openObjections: 0,
        beans: new Map(),
        scores: new Map(),
      }
      this.months.set(key, m)
    }
    return m
  }

  /** Units of an indicator a household holds this month (pending and approved), against its cap. */
  capUsed(householdId: string, code: string, month: string): number {
    return [...this.entries.values()]
      .filter(
        (e) =>
          e.householdId === householdId &&
          e.code === code &&
          e.month === month &&
          (e.status === 'pending' || e.status === 'approved'),
      )
      .reduce((sum, e) => sum + e.quantity, 0)
  }

  pending(villageId: string, month: string): Entry[] {
    return [...this.entries.values()].filter(
      (e) => e.villageId === villageId && e.month === month && e.status === 'pending',
    )
  }

  /** Scores a village-month from its approved entries, as publication should (no leaders here). */
  score(m: Month): void {
    const refs = [...this.households.values()]
      .filter((h) => h.villageId === m.villageId)
      .map(({ id, villageId, gridId, groupId }) => ({ id, villageId, gridId, groupId }))
    const approved = [...this.entries.values()].filter(
      (e) => e.villageId === m.villageId && e.month === m.month && e.status === 'approved',
    )
    const scored = monthlyScores(
      refs,
      approved.map((e) => ({
        householdId: e.householdId,
        dimension: e.dimension,
        points: e.points,
      })),
      { beansPerPoint: this.config.beansPerPoint },
    )
    m.beans = new Map(Object.entries(scored.households).map(([id, s]) => [id, s.beans]))
    m.scores = new Map(Object.entries(scored.households).map(([id, s]) => [id, s.score]))
  }

  credit(m: Month): void {
    m.status = 'final'
    for (const [householdId, beans] of m.beans) this.households.get(householdId)!.balance += beans
  }

  /** Whether a redemption made on `date` is barred for the household. */
  restricted(householdId: string, date: string): boolean {
    return [...this.restrictions.values()].some(
      (r) => r.householdId === householdId && !r.lifted && r.from <= date,
    )
  }

  /** The months of a quarter that are not final yet, in any village. */
  quarterMissing(quarter: string): string[] {
    const villages = new Set([...this.households.values()].map((h) => h.villageId))
    return [...villages].flatMap((v) =>
      monthsOfQuarter(quarter)
        .filter((month) => this.month(v, month).status !== 'final')
        .map((month) => `${v}#${month}`),
    )
  }

  /**
   * The quarter's award shares (SPEC §6) from this model's months: grid and group totals of
   * each household's round(S × rate), ranked across the town, each medal split over its unit.
   */
  awardShares(quarter: string): Map<string, number> {
    const byHousehold = new Map<string, number>()
    for (const level of ['grid', 'group'] as const) {
      const units = new Map<string, { total: number; amounts: Map<string, number> }>()
      for (const h of this.households.values()) {
        const unitId = level === 'grid' ? h.gridId : h.groupId
        const unit = units.get(unitId) ?? { total: 0, amounts: new Map() }
        let amount = 0
        for (const month of monthsOfQuarter(quarter)) {
          const score = this.month(h.villageId, month).scores.get(h.id) ?? 0
          amount += beansOf(score, this.config.beansPerPoint)
        }
        unit.total += amount
        unit.amounts.set(h.id, amount)
        units.set(unitId, unit)
      }
      const tiers = quarterTiers(
        [...units].map(([id, u]) => ({ id, total: u.total, households: u.amounts.size })),
        { rankBy: this.config.rankBy },
      )
      for (const [id, unit] of units) {
        const tier = tiers[id]!.tier
        if (!tier) continue
        const shares = splitAward(
          this.config.awards[level][tier],
          [...unit.amounts].map(([hid, amount]) => ({ id: hid, amount })),
        )
        for (const [hid, share] of Object.entries(shares))
          byHousehold.set(hid, (byHousehold.get(hid) ?? 0) + share)
      }
    }
    return byHousehold
  }

  /** Past months not yet published, oldest first. */
  unpublished(now: string): Month[] {
    const villages = new Set([...this.households.values()].map((h) => h.villageId))
    const months = [...new Set([...this.entries.values()].map((e) => e.month))]
    const earliest = months.sort()[0]
    if (!earliest) return []
    const out: Month[] = []
    for (let month = earliest; month < now.slice(0, 7); month = addMonths(month, 1))
      for (const v of villages)
        if (this.month(v, month).status === 'open') out.push(this.month(v, month))
    return out
  }
}
