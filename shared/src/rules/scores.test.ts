import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DIMENSIONS } from '../dimensions'
import { beansOf, monthlyScores, pickLedUnit, type HouseholdRef, type ScoredEntry } from './scores'

const inGroup = (id: string, groupId = 'g1', extra: Partial<HouseholdRef> = {}): HouseholdRef => ({
  id,
  groupId,
  gridId: 'm1',
  villageId: 'v1',
  ...extra,
})
const entry = (
  householdId: string,
  points: number,
  dimension: ScoredEntry['dimension'] = 'virtue',
): ScoredEntry => ({
  householdId,
  dimension,
  points,
})

describe('monthlyScores', () => {
  it('blends a link leader with the group average (the worked example)', () => {
    const result = monthlyScores(
      [inGroup('a', 'g1', { leads: 'group' }), inGroup('b'), inGroup('c'), inGroup('d')],
      [entry('a', 5), entry('b', 3), entry('d', -2)],
    )

    expect(result.groups.g1).toEqual({ total: 6, average: 1.5, households: 4 })
    expect(result.households.a).toMatchObject({ score: 5, blended: 3.25, beans: 3 })
    expect(result.households.b).toMatchObject({ score: 3, blended: null, beans: 3 })
    expect(result.households.c).toMatchObject({ score: 0, blended: null, beans: 0 })
    expect(result.households.d).toMatchObject({ score: -2, blended: null, beans: -2 })
  })

  it('rounds a negative blend half away from zero: −1.5 → −2 beans', () => {
    const result = monthlyScores(
      [inGroup('a', 'g1', { leads: 'group' }), inGroup('b')],
      [entry('a', -3), entry('b', 3)],
    )

    expect(result.groups.g1!.average).toBe(0)
    expect(result.households.a).toMatchObject({ score: -3, blended: -1.5, beans: -2 })
  })

  it('adds up the three dimensions into the household score', () => {
    const result = monthlyScores(
      [inGroup('a')],
      [
        entry('a', 2, 'autonomy'),
        entry('a', -5, 'law'),
        entry('a', 3, 'virtue'),
        entry('a', 1, 'autonomy'),
      ],
    )

    expect(result.households.a).toEqual({
      score: 1,
      byDimension: { autonomy: 3, law: -5, virtue: 3 },
      blended: null,
      beans: 1,
    })
  })

  it('counts a household with no entries as 0 in its units averages', () => {
    const result = monthlyScores([inGroup('a'), inGroup('b'), inGroup('c')], [entry('a', 1)])

    expect(result.groups.g1).toEqual({ total: 1, average: 0.33, households: 3 })
    expect(result.households.c).toEqual({
      score: 0,
      byDimension: { autonomy: 0, law: 0, virtue: 0 },
      blended: null,
      beans: 0,
    })
  })

  it('aggregates raw scores into units, never blended ones', () => {
    const result = monthlyScores(
      [
        inGroup('a', 'g1', { leads: 'grid' }),
        inGroup('b', 'g1'),
        inGroup('c', 'g2'),
        inGroup('d', 'g2'),
      ],
      [entry('a', 10), entry('b', 2), entry('c', 4)],
    )

    expect(result.groups.g1).toEqual({ total: 12, average: 6, households: 2 })
    expect(result.grids.m1).toEqual({ total: 16, average: 4, households: 4 })
    expect(result.villages.v1).toEqual({ total: 16, average: 4, households: 4 })
    // 0.5 × 10 + 0.5 × 4 = 7, from the grid the household leads, not its group.
    expect(result.households.a).toMatchObject({ blended: 7, beans: 7 })
  })

  it('blends a village grid leader with the whole village average', () => {
    const households = [
      { id: 'a', groupId: 'g1', gridId: 'm1', villageId: 'v1', leads: 'village' as const },
      { id: 'b', groupId: 'g2', gridId: 'm2', villageId: 'v1' },
      { id: 'c', groupId: 'g3', gridId: 'm2', villageId: 'v1' },
    ]
    const result = monthlyScores(households, [entry('a', 1), entry('b', 2), entry('c', 2)])

    // A = 5/3; L = 0.5 + 5/6 = 4/3 → 1.33, beans round(1.333…) = 1.
    expect(result.households.a).toMatchObject({ blended: 1.33, beans: 1 })
    expect(result.villages.v1!.average).toBe(1.67)
  })

  it('blends with a unit the household leads but does not belong to', () => {
    const result = monthlyScores(
      [
        inGroup('a', 'g1', { leads: 'group', ledUnitId: 'g2' }),
        inGroup('b', 'g2'),
        inGroup('c', 'g2'),
      ],
      [entry('a', 2), entry('b', 4), entry('c', 6)],
    )

    // A(g2) = 5 → L = 1 + 2.5 = 3.5 → 4 beans.
    expect(result.households.a).toMatchObject({ blended: 3.5, beans: 4 })
  })

  it.each([
    { rate: 1.5, points: 3, beans: 5 },
    { rate: 1.5, points: -3, beans: -5 },
    { rate: 1.15, points: 10, beans: 12 }, // 10 × 1.15 is 11.499999999999998 as a double
    { rate: 0.5, points: 1, beans: 1 },
    { rate: 0.01, points: 49, beans: 0 },
    { rate: 2, points: -7, beans: -14 },
  ])(
    'turns $points points at $rate beans per point into $beans beans',
    ({ rate, points, beans }) => {
      const result = monthlyScores([inGroup('a')], [entry('a', points)], { beansPerPoint: rate })

      expect(result.households.a!.beans).toBe(beans)
    },
  )

  it('applies the rate to the exact blend, not to the displayed one, rounding once', () => {
    // T = 2, n = 3: L = 0.5 × 1 + 0.5 × 2/3 = 5/6, shown as 0.83. At 0.6 beans per point the
    // exact amount is 0.5 → 1 bean; 0.83 × 0.6 = 0.498 would wrongly give 0.
    const result = monthlyScores(
      [inGroup('a', 'g1', { leads: 'group' }), inGroup('b'), inGroup('c')],
      [entry('a', 1), entry('b', 1)],
      { beansPerPoint: 0.6 },
    )

    expect(result.households.a).toMatchObject({ blended: 0.83, beans: 1 })
  })

  it('rounds displayed averages half away from zero to 2 decimals', () => {
    const households = Array.from({ length: 8 }, (_, i) => inGroup(`h${i}`))
    const result = monthlyScores(households, [entry('h0', -1)])

    expect(result.groups.g1!.average).toBe(-0.13) // −0.125
  })

  it.each([0, -1, 1.234, Number.NaN])('refuses beansPerPoint %p', (beansPerPoint) => {
    expect(() => monthlyScores([inGroup('a')], [], { beansPerPoint })).toThrow(RangeError)
  })

  it('refuses an entry for a household it was not given', () => {
    expect(() => monthlyScores([inGroup('a')], [entry('z', 1)])).toThrow(/not listed/)
  })

  it('refuses fractional points', () => {
    expect(() => monthlyScores([inGroup('a')], [entry('a', 1.5)])).toThrow(RangeError)
  })

  it('refuses a household listed twice', () => {
    expect(() => monthlyScores([inGroup('a'), inGroup('a')], [])).toThrow(/twice/)
  })
})

describe('monthlyScores properties', () => {
  const village = fc
    .array(
      fc.record({
        groupId: fc.constantFrom('g1', 'g2', 'g3', 'g4'),
        leads: fc.option(fc.constantFrom('village' as const, 'grid' as const, 'group' as const), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((rows) =>
      rows.map(({ groupId, leads }, i): HouseholdRef => {
        const h: HouseholdRef = {
          id: `h${i}`,
          groupId,
          gridId: groupId <= 'g2' ? 'm1' : 'm2',
          villageId: 'v1',
        }
        return leads ? { ...h, leads } : h
      }),
    )
  const withEntries = village.chain((households) =>
    fc.tuple(
      fc.constant(households),
      fc.array(
        fc.record({
          householdId: fc.constantFrom(...households.map((h) => h.id)),
          dimension: fc.constantFrom(...DIMENSIONS),
          points: fc.integer({ min: -20, max: 20 }),
        }),
        { maxLength: 80 },
      ),
      fc.integer({ min: 1, max: 500 }).map((hundredths) => hundredths / 100),
    ),
  )

  it('never depends on the order of entries or households', () => {
    fc.assert(
      fc.property(
        withEntries,
        fc.infiniteStream(fc.nat()),
        ([households, entries, beansPerPoint], seeds) => {
          const shuffle = <T>(xs: T[]) =>
            xs
              .map((x) => ({ x, k: seeds.next().value as number }))
              .sort((a, b) => a.k - b.k)
              .map(({ x }) => x)
          expect(monthlyScores(shuffle(households), shuffle(entries), { beansPerPoint })).toEqual(
            monthlyScores(households, entries, { beansPerPoint }),
          )
        },
      ),
    )
  })

  it('makes every unit total the sum of its households raw scores', () => {
    fc.assert(
      fc.property(withEntries, ([households, entries]) => {
        const result = monthlyScores(households, entries)
        const sumOver = (pick: (h: HouseholdRef) => boolean) =>
          households.filter(pick).reduce((sum, h) => sum + result.households[h.id]!.score, 0)
        for (const [id, g] of Object.entries(result.groups))
          expect(g.total).toBe(sumOver((h) => h.groupId === id))
        for (const [id, m] of Object.entries(result.grids))
          expect(m.total).toBe(sumOver((h) => h.gridId === id))
        expect(result.villages.v1!.total).toBe(sumOver(() => true))
        expect(result.villages.v1!.households).toBe(households.length)
      }),
    )
  })

  it('computes beans as the exact rational score × rate, rounded half away from zero', () => {
    // An independent oracle in BigInt: beans = round((S·n + T)·r / (200·n)) for leaders, round(S·r / 100) otherwise.
    const roundDiv = (num: bigint, den: bigint) => {
      const q = num / den
      const r = num % den
      return Number(2n * (r < 0n ? -r : r) >= den ? q + (num < 0n ? -1n : 1n) : q)
    }
    fc.assert(
      fc.property(withEntries, ([households, entries, beansPerPoint]) => {
        const result = monthlyScores(households, entries, { beansPerPoint })
        const rate = BigInt(Math.round(beansPerPoint * 100))
        for (const h of households) {
          const s = BigInt(
            entries.filter((e) => e.householdId === h.id).reduce((sum, e) => sum + e.points, 0),
          )
          const unit =
            h.leads === 'group'
              ? result.groups[h.groupId]
              : h.leads === 'grid'
                ? result.grids[h.gridId]
                : h.leads
                  ? result.villages.v1
                  : undefined
          const expected = unit
            ? roundDiv(
                (s * BigInt(unit.households) + BigInt(unit.total)) * rate,
                200n * BigInt(unit.households),
              )
            : roundDiv(s * rate, 100n)
          expect(result.households[h.id]!.beans).toBe(expected)
          expect(result.households[h.id]!.blended === null).toBe(unit === undefined)
        }
      }),
    )
  })

  it('makes the dimensions add up to the score', () => {
    fc.assert(
      fc.property(withEntries, ([households, entries]) => {
        for (const h of Object.values(monthlyScores(households, entries).households)) {
          expect(h.byDimension.autonomy + h.byDimension.law + h.byDimension.virtue).toBe(h.score)
        }
      }),
    )
  })
})

describe('pickLedUnit', () => {
  const household = { id: 'h', groupId: 'g2', gridId: 'm1', villageId: 'v1' }

  it('takes the highest level led', () => {
    expect(
      pickLedUnit(household, [
        { level: 'group', unitId: 'g2' },
        { level: 'grid', unitId: 'm1' },
      ]),
    ).toEqual({ leads: 'grid', ledUnitId: 'm1' })
  })

  it('prefers the unit containing the household among units of one level', () => {
    expect(
      pickLedUnit(household, [
        { level: 'group', unitId: 'g1' },
        { level: 'group', unitId: 'g2' },
      ]),
    ).toEqual({ leads: 'group', ledUnitId: 'g2' })
  })

  it('otherwise takes the lowest id', () => {
    expect(
      pickLedUnit(household, [
        { level: 'group', unitId: 'g9' },
        { level: 'group', unitId: 'g3' },
      ]),
    ).toEqual({ leads: 'group', ledUnitId: 'g3' })
  })

  it('answers null for a household that leads nothing', () => {
    expect(pickLedUnit(household, [])).toBeNull()
  })
})

describe('beansOf', () => {
  it.each([
    [10, 1.15, 12],
    [-3, 1.5, -5],
    [7, 1, 7],
    [0, 2, 0],
  ])('turns a score of %p at %p beans per point into %p beans', (score, rate, beans) => {
    expect(beansOf(score, rate)).toBe(beans)
  })
})
