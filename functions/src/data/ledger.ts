import { monthOf } from '@jifenbao/shared'
import type { Actor } from '../lib/ground/context'
import { DomainError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { flowAddOps } from './stats'
import {
  auditOf,
  commit,
  create,
  getItem,
  queryAll,
  queryPage,
  type AuditRecord,
  type Op,
} from './tx'

export type PostingKind = 'monthly' | 'award' | 'redemption' | 'void' | 'adjustment'

/** An immutable change of a household's balance, pointing to what caused it. */
export interface Posting {
  id: string
  townId: string
  householdId: string
  kind: PostingKind
  amount: number
  balanceAfter: number
  source: { type: string; id: string } & Record<string, unknown>
  at: string
}

const balanceKey = (householdId: string) => ({ PK: `HH#${householdId}`, SK: 'BALANCE' })
const guardKey = (postingId: string) => ({ PK: `POSTING#${postingId}`, SK: 'POSTING' })

/**
 * How many postings a bulk credit (finalise, awards) writes at once. Postings to different
 * households touch different items, so they do not contend.
 */
export const POSTINGS_IN_FLIGHT = 16

class AlreadyPosted extends Error {}
class BalanceMoved extends Error {}

export async function getBalance(householdId: string): Promise<number> {
  return (await getItem<{ balance: number }>(balanceKey(householdId)))?.balance ?? 0
}

/**
 * Writes a posting and the new balance in ONE transaction. The posting id is claimed by a
 * guard item, so the same posting is never written twice (returns null then); the balance
 * moves only from the version it was read at, so `balanceAfter` is exact under concurrency.
 */
export async function post(
  posting: Omit<Posting, 'balanceAfter'>,
  opts: {
    /** Writes that go with the posting in its transaction, given the posting (e.g. a receipt). */
    extra?: (written: Posting) => Op[]
    audits?: AuditRecord[]
    /** A redemption never takes a balance below zero (SPEC §5). */
    refuseBelowZero?: () => DomainError
  } = {},
): Promise<Posting | null> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const current = await getItem<{ balance: number; version: number }>(
      balanceKey(posting.householdId),
    )
    const version = current?.version ?? 0
    const written: Posting = { ...posting, balanceAfter: (current?.balance ?? 0) + posting.amount }
    if (written.balanceAfter < 0 && opts.refuseBelowZero) throw opts.refuseBelowZero()
    try {
      await commit(
        [
          create(
            { ...guardKey(posting.id), townId: posting.townId, householdId: posting.householdId },
            () => new AlreadyPosted(),
          ),
          {
            write: {
              Update: {
                TableName: table(),
                Key: balanceKey(posting.householdId),
                UpdateExpression: 'SET balance = :b, version = :next, townId = :t',
                ConditionExpression: version === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
                ExpressionAttributeValues: {
                  ':b': written.balanceAfter,
                  ':next': version + 1,
                  ':t': posting.townId,
                  ...(version > 0 && { ':v': version }),
                },
              },
            },
            onConditionFailed: () => new BalanceMoved(),
          },
          create({
            PK: `HH#${posting.householdId}`,
            SK: `POST#${posting.at}#${posting.id}`,
            ...written,
          }),
          ...(opts.extra?.(written) ?? []),
        ],
        opts.audits,
      )
      return written
    } catch (err) {
      if (err instanceof AlreadyPosted) return null
      if (!(err instanceof BalanceMoved)) throw err
      // Another posting moved the balance first: read it again, after a short random pause.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * Math.min(attempt + 1, 10)))
    }
  }
  throw Refused.balanceBusy()
}

/** A household's postings, newest first. */
export const ledgerPage = (householdId: string, cursor: string | undefined) =>
  queryPage<Posting>(
    {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': `HH#${householdId}`, ':sk': 'POST#' },
      ScanIndexForward: false,
      Limit: 50,
    },
    cursor,
  )

/** Every posting of a household, oldest first (for its spreadsheet). */
export const allPostings = (householdId: string) =>
  queryAll<Posting>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': `HH#${householdId}`, ':sk': 'POST#' },
  })

/** A town admin's correction: its own record is the posting's source. */
export async function adjust(
  actor: Actor,
  { id: householdId, villageId }: { id: string; villageId: string },
  id: string,
  amount: number,
  reason: string,
): Promise<Posting> {
  const at = actor.now.toISOString()
  const record = { id, townId: actor.townId, householdId, amount, reason, by: actor.personId, at }
  const written = await post(
    {
      id: `adjustment-${id}`,
      townId: actor.townId,
      householdId,
      kind: 'adjustment',
      amount,
      source: { type: 'adjustment', id, reason },
      at,
    },
    {
      extra: () => [
        create({ PK: `ADJ#${id}`, SK: 'ADJ', ...record }),
        ...flowAddOps(villageId, monthOf(actor.now), 'adjustment', id, amount),
      ],
      audits: [auditOf(actor, 'ledger.adjust', householdId, null, record)],
    },
  )
  return written!
}
