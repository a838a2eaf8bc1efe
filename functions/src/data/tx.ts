import { TransactionCanceledException } from '@aws-sdk/client-dynamodb'
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb'
import { dateOf } from '@jifenbao/shared'
import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { NotFoundError, ValidationError } from '../lib/ground/errors'
import { claimMark } from './claim'
import { db, table } from './client'

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number]

/** One write of a transaction, and the domain error its failed condition means. */
export interface Op {
  write: TransactItem
  /** The error a failed condition means: a DomainError for the caller, or an internal signal. */
  onConditionFailed?: () => Error
}

/** Who did what to which object, and the state before and after (SPEC §9). */
export interface AuditRecord {
  townId: string
  actor: string
  action: string
  targetId: string
  before: unknown
  after: unknown
  requestId: string
  at: string
}

export function auditOf(
  actor: Actor,
  action: string,
  targetId: string,
  before: unknown,
  after: unknown,
): AuditRecord {
  return {
    townId: actor.townId,
    actor: actor.personId,
    action,
    targetId,
    before: before ?? null,
    after: after ?? null,
    requestId: actor.requestId,
    at: actor.now.toISOString(),
  }
}

/** A `Put` that must create its item: the key must not exist yet. */
export function create(item: object, onConditionFailed?: () => Error): Op {
  return {
    write: {
      Put: { TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
    },
    onConditionFailed,
  }
}

export function auditOp(record: AuditRecord): Op {
  return create({
    PK: `AUDIT#${record.targetId}`,
    SK: `${record.at}#${ulid()}`,
    GSI1PK: `AUDIT#${record.townId}#${dateOf(record.at)}`,
    GSI1SK: record.at,
    ...record,
  })
}

/** An update that sets the given fields of an existing item (a PATCH); 404 if it is gone. */
export function setFieldsOp(key: { PK: string; SK: string }, fields: Record<string, unknown>): Op {
  const names = Object.keys(fields)
  return {
    write: {
      Update: {
        TableName: table(),
        Key: key,
        UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#f${i}`, n])),
        ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:v${i}`, fields[n]])),
      },
    },
    onConditionFailed: () => new NotFoundError('该对象', 'object'),
  }
}

/** How often a transaction that lost a race to another is tried again. */
const CONFLICT_RETRIES = 8

/**
 * Writes all ops and the audit records in ONE transaction: all or nothing. A failed
 * condition becomes the op's error, never a 500. A transaction cancelled only because
 * another one touched the same items at the same moment is tried again, after a short
 * random pause: it changed nothing.
 */
/** DynamoDB's limit of items in one transaction. */
const MAX_TRANSACTION_ITEMS = 100

export async function commit(ops: Op[], audits: AuditRecord[] = []): Promise<void> {
  const all = [...ops, ...audits.map(auditOp)]
  const mark = all.length < MAX_TRANSACTION_ITEMS ? claimMark() : undefined
  try {
    await send(mark ? [...all, mark.op] : all)
    mark?.settled('committed')
  } catch (err) {
    mark?.settled(
      err instanceof TransactionCanceledException || refusedWrites.has(err as Error)
        ? 'refused'
        : 'unknown',
    )
    throw err
  }
}

/** The errors that stand for a cancelled transaction: it wrote nothing. */
const refusedWrites = new WeakSet<Error>()

/** One transaction, retried after a conflict with another; a failed condition as its op says. */
async function send(all: Op[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: all.map((op) => op.write) }))
      return
    } catch (err) {
      if (!(err instanceof TransactionCanceledException)) throw err
      const reasons = err.CancellationReasons ?? []
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed')
      const mapped = failed >= 0 ? all[failed]?.onConditionFailed?.() : undefined
      if (mapped) {
        refusedWrites.add(mapped)
        throw mapped
      }
      const conflict = failed < 0 && reasons.some((r) => r.Code === 'TransactionConflict')
      if (!conflict || attempt >= CONFLICT_RETRIES) throw err
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * (attempt + 1)))
    }
  }
}

/** An item by its key, as the key builders make it. */
export async function getItem<T>(key: { PK: string; SK: string }): Promise<T | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: table(), Key: { PK: key.PK, SK: key.SK } }),
  )
  return Item as T | undefined
}

/** The items of these keys that exist, 100 keys a read, what DynamoDB leaves unread read again. */
export async function getMany<T>(keys: { PK: string; SK: string }[]): Promise<T[]> {
  const items: T[] = []
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100)
    while (pending?.length) {
      const page: BatchGetCommandOutput = await db().send(
        new BatchGetCommand({ RequestItems: { [table()]: { Keys: pending } } }),
      )
      items.push(...((page.Responses?.[table()] ?? []) as T[]))
      pending = page.UnprocessedKeys?.[table()]?.Keys
    }
  }
  return items
}

const KEY_ATTRIBUTES = new Set(['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'])

/** An item's own fields, without the table's key attributes. */
export function withoutKeys<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k))) as T
}

/** Reads an item of the caller's town: another town's item does not exist for the caller (404). */
export async function getInTown<T extends { townId: string }>(
  key: { PK: string; SK: string },
  townId: string,
  what: { zh: string; en: string },
): Promise<T> {
  const item = await getItem<T>(key)
  if (!item || item.townId !== townId) throw new NotFoundError(what.zh, what.en)
  return item
}

/** Puts items 25 a request (idempotent writes, no transaction), what DynamoDB leaves unwritten written again. */
export async function putAll(items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending: BatchWriteCommandInput['RequestItems'] = {
      [table()]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    }
    while (pending && Object.keys(pending).length > 0)
      pending = (await db().send(new BatchWriteCommand({ RequestItems: pending }))).UnprocessedItems
  }
}

/** All items of a query, following DynamoDB's pages. */
export async function queryAll<T>(input: Omit<QueryCommandInput, 'TableName'>): Promise<T[]> {
  const items: T[] = []
  let ExclusiveStartKey: Record<string, unknown> | undefined
  do {
    const page = await db().send(
      new QueryCommand({ TableName: table(), ...input, ExclusiveStartKey }),
    )
    items.push(...((page.Items ?? []) as T[]))
    ExclusiveStartKey = page.LastEvaluatedKey
  } while (ExclusiveStartKey)
  return items
}

/**
 * One page of a query for a list route: `cursor` is the opaque key to continue from.
 * DynamoDB applies `Limit` before a filter, so a filtered page could come back empty with
 * more to find; it is filled from further reads instead (up to FILL_ROUNDS of them).
 */
export async function queryPage<T>(
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  cursor: string | undefined,
): Promise<{ items: T[]; cursor: string | null }> {
  let start = cursor ? decodeCursor(cursor) : undefined
  const items: Record<string, unknown>[] = []
  for (let round = 1; ; round++) {
    const page = await db()
      .send(new QueryCommand({ TableName: table(), ...input, ExclusiveStartKey: start }))
      .catch((err: Error) => {
        throw start && err.name === 'ValidationException' ? badCursor() : err
      })
    const found = page.Items ?? []
    const room = (input.Limit ?? Infinity) - items.length
    items.push(...found.slice(0, room))
    if (found.length > room) {
      // The page is full part-way through these: continue after the last item it holds.
      const keyNames = Object.keys(page.LastEvaluatedKey ?? start!)
      start = Object.fromEntries(keyNames.map((name) => [name, items.at(-1)![name]]))
      break
    }
    start = page.LastEvaluatedKey
    const full = items.length >= (input.Limit ?? Infinity)
    if (!start || !input.FilterExpression || full || round === FILL_ROUNDS) break
  }
  return {
    items: items as T[],
    cursor: start ? Buffer.from(JSON.stringify(start)).toString('base64url') : null,
  }
}

/** Reads a filtered page may take to fill itself; each reads up to its `Limit` items. */
const FILL_ROUNDS = 8

const badCursor = () =>
  new ValidationError([{ path: 'cursor', message: '翻页标记无效 / cursor is not valid' }])

function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (key && typeof key === 'object' && !Array.isArray(key)) return key as Record<string, unknown>
  } catch {
    // falls through to the refusal
  }
  throw badCursor()
}
