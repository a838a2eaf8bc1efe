import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { quarterTiers, type RankedUnit, type Tier } from './tiers'

const units = (totals: number[], households = 10): RankedUnit[] =>
  totals.map((total, i) => ({ id: `u${i}`, total, households }))

describe('quarterTiers', () => {
  it('ranks 10 units with competition ranking and medals the worked example', () => {
    const result = quarterTiers(units([90, 80, 80, 70, 60, 50, 40, 0, 0, -5]))

    expect(Object.values(result).map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7, 8, 8, 10])
    expect(Object.values(result).map((r) => r.tier)).toEqual([
      'gold',
      'silver',
      'silver',
      'bronze',
      'bronze',
      null,
      null,
      null,
      null,
      null,
    ])
  })

  it('lets units tied with the last unit of a tier join it', () => {
    // N = 10: gold is rank ≤ 1, so both units tied for first are gold.
    const result = quarterTiers(units([50, 50, 40, 30, 20, 10, 9, 8, 7, 6]))

    expect(result.u0!.tier).toBe('gold')
    expect(result.u1).toEqual({ rank: 1, tier: 'gold' })
    expect(result.u2).toEqual({ rank: 3, tier: 'silver' })
  })

  it('gives no medal to a unit whose total is zero or less, whatever its rank', () => {
    const result = quarterTiers(units([0, -1]))

    expect(result.u0).toEqual({ rank: 1, tier: null })
    expect(result.u1).toEqual({ rank: 2, tier: null })
  })

  it('gives the only unit gold: ⌈0.1 × 1⌉ = 1', () => {
    expect(quarterTiers(units([3]))).toEqual({ u0: { rank: 1, tier: 'gold' } })
  })

  it('ranks by average when asked, comparing fractions exactly', () => {
    const result = quarterTiers(
      [
        { id: 'big', total: 100, households: 50 }, // 2
        { id: 'small', total: 30, households: 10 }, // 3
        { id: 'thirds', total: 10, households: 3 }, // 3.33…
        { id: 'sixths', total: 20, households: 6 }, // 3.33… — tied exactly
      ],
      { rankBy: 'average' },
    )

    expect(result.thirds!.rank).toBe(1)
    expect(result.sixths!.rank).toBe(1)
    expect(result.small!.rank).toBe(3)
    expect(result.big!.rank).toBe(4)
  })

  it('answers nothing for no units', () => {
    expect(quarterTiers([])).toEqual({})
  })
})

describe('quarterTiers properties', () => {
  const TIER_ORDER: (Tier | null)[] = ['gold', 'silver', 'bronze', null]
  const arbitraryUnits = fc
    .array(
      fc.record({
        total: fc.integer({ min: -50, max: 200 }),
        households: fc.integer({ min: 1, max: 60 }),
      }),
      {
        maxLength: 40,
      },
    )
    .map((rows) => rows.map((r, i) => ({ id: `u${i}`, ...r })))

  it.each(['total', 'average'] as const)(
    'is monotone: a better %s never gets a lesser medal or rank',
    (rankBy) => {
      fc.assert(
        fc.property(arbitraryUnits, (us) => {
          const result = quarterTiers(us, { rankBy })
          const value = (u: RankedUnit) => (rankBy === 'total' ? u.total : u.total / u.households)
          for (const a of us) {
            for (const b of us) {
              if (value(a) > value(b) + 1e-9) {
                expect(result[a.id]!.rank).toBeLessThan(result[b.id]!.rank)
                expect(TIER_ORDER.indexOf(result[a.id]!.tier)).toBeLessThanOrEqual(
                  TIER_ORDER.indexOf(result[b.id]!.tier),
                )
              }
            }
          }
        }),
      )
    },
  )

  it('makes a rank 1 + the number of units strictly better, and tiers follow the ⌈10/30/50%⌉ bounds', () => {
    fc.assert(
      fc.property(arbitraryUnits, (us) => {
        const result = quarterTiers(us)
        const n = us.length
        for (const u of us) {
          const { rank, tier } = result[u.id]!
          expect(rank).toBe(1 + us.filter((o) => o.total > u.total).length)
          const expected =
            u.total <= 0
              ? null
              : rank <= Math.ceil(n / 10)
                ? 'gold'
                : rank <= Math.ceil((3 * n) / 10)
                  ? 'silver'
                  : rank <= Math.ceil(n / 2)
                    ? 'bronze'
                    : null
          expect(tier).toBe(expected)
        }
      }),
    )
  })
})
