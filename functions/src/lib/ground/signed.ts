import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from './env'

/**
 * Short signatures for codes a phone shows and another scans (pay codes, check-in codes):
 * each purpose has its own key, derived from the session secret so that it needs no
 * configuration of its own, and a code of one purpose never passes for another.
 */
export function signer(purpose: string) {
  const key = () => createHmac('sha256', env().jwtSecret).update(purpose).digest()
  const sign = (body: string) =>
    createHmac('sha256', key()).update(body).digest().subarray(0, 16).toString('base64url')
  return {
    sign,
    /** Whether `signature` is this purpose's signature of `body` (compared in constant time). */
    verify(body: string, signature: string) {
      const given = Buffer.from(signature, 'base64url')
      const expected = Buffer.from(sign(body), 'base64url')
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}
