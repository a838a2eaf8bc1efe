/**
 * Exact integer arithmetic for money-like figures: every intermediate value is an
 * integer (hundredths or a numerator over a known denominator), never a drifting float.
 */

/** Throws unless `n` is an integer that a double holds exactly. */
export function assertSafeInteger(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`)
  return n
}

/** Rounds `num / den` half away from zero (den > 0), exactly. */
export function divRoundHalfAwayFromZero(num: number, den: number): number {
  assertSafeInteger(num, 'numerator')
  if (!Number.isSafeInteger(den) || den <= 0)
    throw new RangeError(`denominator must be a positive integer, got ${den}`)
  const remainder = num % den
  const quotient = (num - remainder) / den
  return 2 * Math.abs(remainder) >= den ? quotient + Math.sign(num) : quotient
}

/** Rounds a ratio to hundredths, half away from zero, as a displayable number (e.g. 3.25). */
export function toHundredths(num: number, den: number): number {
  return divRoundHalfAwayFromZero(assertSafeInteger(num * 100, 'value × 100'), den) / 100
}

/**
 * A rate with at most two decimals (e.g. beansPerPoint 1.25) as an integer count of
 * hundredths (125). Tolerates binary noise such as 1.1 × 100 = 110.00000000000001.
 */
export function rateInHundredths(rate: number, what: string): number {
  const hundredths = Math.round(rate * 100)
  if (
    !(rate > 0) ||
    !Number.isSafeInteger(hundredths) ||
    Math.abs(rate * 100 - hundredths) > 1e-6
  ) {
    throw new RangeError(`${what} must be a positive number with at most 2 decimals, got ${rate}`)
  }
  return hundredths
}
