import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { divRoundHalfAwayFromZero, rateInHundredths, toHundredths } from './exact'

describe('divRoundHalfAwayFromZero', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [7, 4, 2],
    [-7, 4, -2],
    [1, 3, 0],
    [-1, 3, 0],
    [0, 7, 0],
  ])('%p / %p → %p', (num, den, expected) => {
    expect(divRoundHalfAwayFromZero(num, den)).toBe(expected)
  })

  it('agrees with BigInt arithmetic on large safe integers', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: 1e9 }), (num, den) => {
        const n = BigInt(num)
        const d = BigInt(den)
        const r = n % d
        const q = n / d
        const expected = 2n * (r < 0n ? -r : r) >= d ? q + (n < 0n ? -1n : 1n) : q
        expect(divRoundHalfAwayFromZero(num, den)).toBe(Number(expected))
      }),
    )
  })

  it('refuses a zero or fractional denominator', () => {
    expect(() => divRoundHalfAwayFromZero(1, 0)).toThrow(RangeError)
    expect(() => divRoundHalfAwayFromZero(1, 0.5)).toThrow(RangeError)
  })
})

describe('toHundredths', () => {
  it('rounds a ratio to 2 decimals half away from zero', () => {
    expect(toHundredths(1, 8)).toBe(0.13)
    expect(toHundredths(-1, 8)).toBe(-0.13)
    expect(toHundredths(2, 3)).toBe(0.67)
  })
})

describe('rateInHundredths', () => {
  it('reads a two-decimal rate exactly, despite binary noise', () => {
    expect(rateInHundredths(1.1, 'rate')).toBe(110)
    expect(rateInHundredths(0.07, 'rate')).toBe(7)
  })
})
