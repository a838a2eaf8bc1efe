import { createHash } from 'node:crypto'
import { claimKey, Hold, holdingClaim } from '../../data/claim'
import { claim, complete, release } from '../../data/idempotency'
import { Refused } from '../ground/refusals'
import { DomainError, ValidationError } from '../ground/errors'

/** A response: its status and body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export const errorBody = (error: DomainError) => ({
  error: {
    code: error.code,
    message: error.message,
    ...(error.details !== undefined && { details: error.details }),
  },
})

/** JSON with object keys sorted, so that the same body always fingerprints the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export const fingerprint = (method: string, path: string, body: unknown) =>
  createHash('sha256')
    .update(`${method} ${path} ${canonical(body)}`)
    .digest('base64url')

/**
 * Runs a money-like write at most once per caller and Idempotency-Key (API.md): successes
 * and 409 refusals are stored and replayed; other outcomes free the key, unless the request
 * wrote (or may have): a retry after its lease is then told its answer was lost.
 */
export async function idempotently(
  callerId: string,
  key: string,
  print: string,
  run: () => Promise<Reply>,
  resumable = false,
): Promise<Reply> {
  if (key.length > 128)
    throw new ValidationError([
      { path: 'Idempotency-Key', message: '幂等键过长 / the Idempotency-Key is too long' },
    ])
  const claimed = await claim(callerId, key, print)
  if ('lost' in claimed) {
    const lost = Refused.answerLost()
    await complete(callerId, key, { status: 409, body: errorBody(lost) })
    throw lost
  }
  if (!claimed.claimed) return new Reply(claimed.response.status, claimed.response.body)
  // A resumable request is simply run again; any other holds its claim, marked by its first write.
  const hold = new Hold(claimKey(callerId, key))
  try {
    const reply = resumable ? await run() : await holdingClaim(hold, run)
    await complete(callerId, key, { status: reply.status, body: reply.body })
    return reply
  } catch (err) {
    if (err instanceof DomainError && err.status === 409)
      await complete(callerId, key, { status: 409, body: errorBody(err) })
    // A request that wrote keeps its claim: after the lease a retry is told it was done.
    else if (!hold.mayHaveWritten) await release(callerId, key)
    throw err
  }
}
