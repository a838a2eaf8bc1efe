import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { Refused } from '../lib/ground/refusals'
import { claimKey } from './claim'
import { db, table } from './client'
import { getItem } from './tx'

/** A stored outcome lives a day; a claim whose holder died is taken over after its lease. */
const KEEP_SECONDS = 86_400
const LEASE_MS = 30_000
const WAIT_MS = 25_000

export interface StoredResponse {
  status: number
  body: unknown
}

/** Stored as JSON text, so a replay is the same bytes as the first answer (a map's key order is not kept). */
interface StoredItem {
  status: number
  body: string
}

interface Claim {
  fingerprint: string
  leaseUntil: number
  response?: StoredItem
  /** Set by the request's first transaction (data/claim.ts). */
  wrote?: boolean
}

const mismatch = () => Refused.idempotencyMismatch()

/**
 * Claims an Idempotency-Key for one request (API.md): `{claimed: true}` to run it, or the
 * first response when the same request already ran. A duplicate that arrives while the
 * first is running waits for it; the same key with another request is refused. A first that
 * died after it wrote is `lost`: it is not run again.
 */
export async function claim(
  callerId: string,
  key: string,
  fingerprint: string,
): Promise<
  { claimed: true } | { claimed: false; response: StoredResponse } | { claimed: false; lost: true }
> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const now = Date.now()
    const claimed = await db()
      .send(
        new PutCommand({
          TableName: table(),
          Item: {
            ...claimKey(callerId, key),
            fingerprint,
            leaseUntil: now + LEASE_MS,
            ttl: Math.floor(now / 1000) + KEEP_SECONDS,
          },
          // A claim whose holder died is taken over, unless it wrote before it died.
          ConditionExpression:
            'attribute_not_exists(PK) OR (attribute_not_exists(#r) AND attribute_not_exists(wrote) AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#r': 'response' },
          ExpressionAttributeValues: { ':now': now },
        }),
      )
      .then(
        () => true,
        (err: Error) => {
          if (err.name === 'ConditionalCheckFailedException') return false
          throw err
        },
      )
    if (claimed) return { claimed: true }
    const existing = await getItem<Claim>(claimKey(callerId, key))
    if (existing && existing.fingerprint !== fingerprint) throw mismatch()
    if (existing?.response) {
      return {
        claimed: false,
        response: { status: existing.response.status, body: JSON.parse(existing.response.body) },
      }
    }
    // It died after writing: running it again could write twice, and its answer is lost.
    if (existing?.wrote && existing.leaseUntil < Date.now()) return { claimed: false, lost: true }
    if (Date.now() > deadline) throw Refused.stillRunning()
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Stores the outcome that later duplicates will get. */
export async function complete(
  callerId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: table(),
      Key: claimKey(callerId, key),
      UpdateExpression: 'SET #r = :r',
      ExpressionAttributeNames: { '#r': 'response' },
      ExpressionAttributeValues: {
        ':r': { status: response.status, body: JSON.stringify(response.body) } satisfies StoredItem,
      },
    }),
  )
}

/** Frees the key after an outcome that is not stored (400/401/403/404/5xx): a corrected retry may reuse it. */
export async function release(callerId: string, key: string): Promise<void> {
  await db().send(new DeleteCommand({ TableName: table(), Key: claimKey(callerId, key) }))
}
