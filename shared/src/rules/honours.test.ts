import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { yearHonours } from './honours'

const village = (earned: number[]) =>
  earned.map((e, i) => ({ id: `h${String(i).padStart(2, '0')}`, earned: e }))

describe('yearHonours', () => {
  it('honours the top 10% by default, best first', () => {
    const households = village([
      5, 50, 7, 30, 1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ])

    expect(yearHonours(households)).toEqual([
      { id: 'h01', rank: 1 },
      { id: 'h03', rank: 2 },
    ])
  })

  it('rounds the number of places up: 10% of 11 households is 2', () => {
    expect(yearHonours(village([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))).toHaveLength(2)
  })

  it('honours everyone tied at the boundary', () => {
    const honoured = yearHonours(
      village([9, 8, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    )

    expect(honoured).toEqual([
      { id: 'h00', rank: 1 },
      { id: 'h01', rank: 2 },
      { id: 'h02', rank: 2 },
      { id: 'h03', rank: 2 },
    ])
  })

  it('skips excluded households, which neither rank nor count towards the places', () => {
    const households = [
      ...village([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
      { id: 'restricted', earned: 100, excluded: true },
    ]

    // 11 eligible → 2 places: the excluded household does not take one.
    expect(yearHonours(households)).toEqual([
      { id: 'h10', rank: 1 },
      { id: 'h09', rank: 2 },
    ])
  })

  it('honours nobody who earned nothing or less', () => {
    expect(yearHonours(village([0, 0, -3]), { topPercent: 100 })).toEqual([])
    expect(yearHonours(village([4, 0, 0, 0]), { topPercent: 50 })).toEqual([{ id: 'h00', rank: 1 }])
  })

  it('takes the share from the options', () => {
    expect(yearHonours(village([40, 30, 20, 10]), { topPercent: 50 }).map((h) => h.id)).toEqual([
      'h00',
      'h01',
    ])
  })

  it('computes the places exactly: 8.8% of 375 households is 33', () => {
    const households = village(Array.from({ length: 375 }, (_, i) => 1000 - i))

    expect(yearHonours(households, { topPercent: 8.8 })).toHaveLength(33)
  })

  it.each([0, -5, 101, Number.NaN])('refuses topPercent %p', (topPercent) => {
    expect(() => yearHonours(village([1]), { topPercent })).toThrow(RangeError)
  })
})

describe('yearHonours properties', () => {
  const households = fc
    .array(fc.record({ earned: fc.integer({ min: -20, max: 200 }), excluded: fc.boolean() }), {
      maxLength: 80,
    })
    .map((rows) => rows.map((r, i) => ({ id: `h${i}`, ...r })))

  it('honours only eligible households with positive earnings, never more than the places plus ties', () => {
    fc.assert(
      fc.property(households, fc.integer({ min: 1, max: 100 }), (hs, topPercent) => {
        const honoured = yearHonours(hs, { topPercent })
        const eligible = hs.filter((h) => !h.excluded)
        const places = Math.ceil((topPercent * eligible.length) / 100)
        const byId = new Map(hs.map((h) => [h.id, h]))
        for (const { id, rank } of honoured) {
          expect(byId.get(id)!.excluded).toBe(false)
          expect(byId.get(id)!.earned).toBeGreaterThan(0)
          expect(rank).toBeLessThanOrEqual(places)
        }
        // Whoever beats an honoured household and is eligible is honoured too.
        const honouredIds = new Set(honoured.map((h) => h.id))
        const lowest = Math.min(...honoured.map((h) => byId.get(h.id)!.earned))
        for (const h of eligible) if (h.earned >= lowest) expect(honouredIds.has(h.id)).toBe(true)
      }),
    )
  })
})
