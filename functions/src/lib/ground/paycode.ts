import { randomBytes } from 'node:crypto'
import { Refused } from './refusals'
import { signer } from './signed'

/** A pay code lives a minute; the app shows a fresh one every ~30 s (SPEC §7). */
export const PAY_CODE_SECONDS = 60

const VERSION = 'P1'

export interface PayCode {
  householdId: string
  memberId: string
  /** Seconds since the epoch. */
  expires: number
  /** Single use: claimed by the redemption that spends it. */
  nonce: string
}

const { sign, verify } = signer('jifenbao pay codes v1')

/** A compact signed token: `P1.<household>.<member>.<expiry base36>.<nonce>.<signature>` (~100 characters). */
export function issuePayCode(
  householdId: string,
  memberId: string,
  now: Date,
): { code: string; expiresAt: string } {
  const expires = Math.floor(now.getTime() / 1000) + PAY_CODE_SECONDS
  const body = [
    VERSION,
    householdId,
    memberId,
    expires.toString(36),
    randomBytes(12).toString('base64url'),
  ].join('.')
  return { code: `${body}.${sign(body)}`, expiresAt: new Date(expires * 1000).toISOString() }
}

/** Checks a pay code's signature and expiry (single use is checked where it is spent). */
export function verifyPayCode(code: string, now: Date): PayCode {
  const parts = code.trim().split('.')
  if (parts.length !== 6 || parts[0] !== VERSION) throw Refused.payCodeInvalid()
  if (!verify(parts.slice(0, 5).join('.'), parts[5]!)) throw Refused.payCodeInvalid()
  const expires = parseInt(parts[3]!, 36)
  if (!(now.getTime() / 1000 < expires)) {
    throw Refused.payCodeExpired()
  }
  return { householdId: parts[1]!, memberId: parts[2]!, expires, nonce: parts[4]! }
}
