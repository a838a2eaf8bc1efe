import { Refused } from './refusals'
import { signer } from './signed'

/** A check-in code lives a minute by the town's clock; the organiser's screen shows a fresh one. */
export const CHECK_IN_CODE_SECONDS = 60

const VERSION = 'A1'
const { sign, verify } = signer('jifenbao check-in codes v1')

/** `A1.<activity>.<expiry base36>.<signature>`: the activity's code until it expires. */
export function issueCheckInCode(activityId: string, now: Date) {
  const expires = Math.floor(now.getTime() / 1000) + CHECK_IN_CODE_SECONDS
  const body = [VERSION, activityId, expires.toString(36)].join('.')
  return { code: `${body}.${sign(body)}`, expiresAt: new Date(expires * 1000).toISOString() }
}

/** The expiry of a genuine code of this activity (a code of another, or forged: 400). */
export function checkInCodeExpiry(code: string, activityId: string): number {
  const parts = code.trim().split('.')
  if (parts.length !== 4 || parts[0] !== VERSION || parts[1] !== activityId)
    throw Refused.checkInCodeInvalid()
  if (!verify(parts.slice(0, 3).join('.'), parts[3]!)) throw Refused.checkInCodeInvalid()
  return parseInt(parts[2]!, 36)
}
