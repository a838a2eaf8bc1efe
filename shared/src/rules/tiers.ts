import { assertSafeInteger } from './exact'

export type Tier = 'gold' | 'silver' | 'bronze'

export interface RankedUnit {
  id: string
  total: number
  households: number
}

/** Tenths of N that close each tier: gold ⌈0.1N⌉, silver ⌈0.3N⌉, bronze ⌈0.5N⌉. */
const TIER_TENTHS: [Tier, number][] = [
  ['gold', 1],
  ['silver', 3],
  ['bronze', 5],
]

/**
 * A quarter's medals (一季一评比, SPEC §6): competition ranking (1 + units strictly
 * better), so units tied with a tier's last unit join that tier. A unit whose value
 * is ≤ 0 gets no medal. `rankBy: 'average'` ranks by total / households, compared exactly.
 */
export function quarterTiers(
  units: RankedUnit[],
  opts: { rankBy?: 'total' | 'average' } = {},
): Record<string, { rank: number; tier: Tier | null }> {
  const byAverage = opts.rankBy === 'average'
  for (const u of units) {
    assertSafeInteger(u.total, `total of ${u.id}`)
    if (!Number.isSafeInteger(u.households) || u.households < 0) {
      throw new RangeError(`households of ${u.id} must be a whole number ≥ 0, got ${u.households}`)
    }
  }
  // A value as a fraction num/den with den > 0; an empty unit's average counts as 0.
  const value = (u: RankedUnit) =>
    byAverage
      ? { num: u.households > 0 ? u.total : 0, den: Math.max(u.households, 1) }
      : { num: u.total, den: 1 }
  const compare = (a: RankedUnit, b: RankedUnit) => {
    const va = value(a)
    const vb = value(b)
    return Math.sign(va.num * vb.den - vb.num * va.den)
  }

  const sorted = [...units].sort((a, b) => compare(b, a))
  const n = units.length
  const out: Record<string, { rank: number; tier: Tier | null }> = {}
  sorted.forEach((u, i) => {
    const rank = i > 0 && compare(u, sorted[i - 1]!) === 0 ? out[sorted[i - 1]!.id]!.rank : i + 1
    const tier =
      value(u).num > 0
        ? (TIER_TENTHS.find(([, tenths]) => rank <= Math.ceil((n * tenths) / 10))?.[0] ?? null)
        : null
    out[u.id] = { rank, tier }
  })
  return out
}
