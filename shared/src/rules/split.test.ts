import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { splitAward } from './split'

describe('splitAward', () => {
  it('splits 100 over 3 households as 34, 33, 33, the odd bean to the highest amount', () => {
    const shares = splitAward(100, [
      { id: 'a', amount: 5 },
      { id: 'b', amount: 9 },
      { id: 'c', amount: 7 },
    ])

    expect(shares).toEqual({ b: 34, a: 33, c: 33 })
  })

  it('gives the remainder to the smaller id among equal amounts', () => {
    const shares = splitAward(5, [
      { id: 'h3', amount: 1 },
      { id: 'h1', amount: 1 },
      { id: 'h2', amount: 1 },
    ])

    expect(shares).toEqual({ h1: 2, h2: 2, h3: 1 })
  })

  it('hands a remainder only to the top households when the award is smaller than n', () => {
    const shares = splitAward(2, [
      { id: 'a', amount: -4 },
      { id: 'b', amount: 0 },
      { id: 'c', amount: 3 },
    ])

    expect(shares).toEqual({ a: 0, b: 1, c: 1 })
  })

  it('splits nothing over no households', () => {
    expect(splitAward(0, [])).toEqual({})
  })

  it.each([
    ['a negative award', -1, [{ id: 'a', amount: 0 }]],
    ['a fractional award', 1.5, [{ id: 'a', amount: 0 }]],
    ['an award for nobody', 10, []],
    [
      'repeated households',
      10,
      [
        { id: 'a', amount: 0 },
        { id: 'a', amount: 1 },
      ],
    ],
  ])('refuses %s', (_, award, households) => {
    expect(() => splitAward(award, households)).toThrow(RangeError)
  })
})

describe('splitAward properties', () => {
  const households = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      amount: fc.integer({ min: -100, max: 1000 }),
    }),
    {
      minLength: 1,
      maxLength: 60,
      selector: (h) => h.id,
    },
  )

  it('always sums to the award, and no two shares differ by more than 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), households, (award, hs) => {
        const shares = Object.values(splitAward(award, hs))
        expect(shares).toHaveLength(hs.length)
        expect(shares.reduce((a, b) => a + b, 0)).toBe(award)
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('never gives a household less than one with a lower amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), households, (award, hs) => {
        const shares = splitAward(award, hs)
        for (const a of hs)
          for (const b of hs)
            if (a.amount > b.amount) expect(shares[a.id]).toBeGreaterThanOrEqual(shares[b.id]!)
      }),
    )
  })
})
