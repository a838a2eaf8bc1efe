import type { Dimension, EntryStatus, Indicator } from '@jifenbao/shared'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { pendingDeltaOp } from './months'
import type { HouseholdItem } from './org'
import {
  auditOf,
  commit,
  create,
  getInTown,
  getItem,
  queryAll,
  queryPage,
  type AuditRecord,
  type Op,
} from './tx'

/** A points record for one household: indicator points × quantity, snapshotted at submission. */
export interface EntryItem {
  id: string
  townId: string
  villageId: string
  gridId: string
  groupId: string
  householdId: string
  indicatorCode: string
  dimension: Dimension
  unitPoints: number
  quantity: number
  points: number
  occurredOn: string
  month: string
  note: string | null
  photoKeys: string[]
  status: EntryStatus
  submittedBy: string
  reportedBy: string
  /** A villager's own report for their household (older entries: absent, so not). */
  selfReport?: boolean
  /** The entries of one batch (an activity's households) share it. */
  batchId?: string
  reviewedBy: string | null
  reviewNote: string | null
  createdAt: string
}

const entryKey = (id: string) => ({ PK: `ENTRY#${id}`, SK: 'ENTRY' })
const capKey = (householdId: string, month: string, code: string) => ({
  PK: `HH#${householdId}`,
  SK: `CAP#${month}#${code}`,
})

export const villageMonthKey = (villageId: string, month: string) => `VM#${villageId}#${month}`

export function entryItem(
  fields: Omit<
    EntryItem,
    | 'villageId'
    | 'gridId'
    | 'groupId'
    | 'townId'
    | 'status'
    | 'reviewedBy'
    | 'reviewNote'
    | 'points'
  >,
  household: HouseholdItem,
): EntryItem {
  return {
    ...fields,
    townId: household.townId,
    villageId: household.villageId,
    gridId: household.gridId,
    groupId: household.groupId,
    points: fields.unitPoints * fields.quantity,
    status: 'pending',
    reviewedBy: null,
    reviewNote: null,
  }
}

const capExceeded = (e: EntryItem, cap: number) => () =>
  Refused.capExceeded(cap, {
    householdId: e.householdId,
    indicatorCode: e.indicatorCode,
  })

/** Moves a household's counted quantity of a capped indicator in a month; never past the cap. */
/** How much of an indicator's monthly cap a household has used in a month. */
export const capUsed = async (householdId: string, month: string, code: string) =>
  (await getItem<{ qty: number }>(capKey(householdId, month, code)))?.qty ?? 0

function capOp(e: EntryItem, cap: number | null, delta: number): Op[] {
  if (cap === null) return []
  return [
    {
      write: {
        Update: {
          TableName: table(),
          Key: capKey(e.householdId, e.month, e.indicatorCode),
          UpdateExpression: 'ADD qty :d SET townId = :t',
          ...(delta > 0 && { ConditionExpression: 'attribute_not_exists(qty) OR qty <= :max' }),
          ExpressionAttributeValues: {
            ':d': delta,
            ':t': e.townId,
            ...(delta > 0 && { ':max': cap - delta }),
          },
        },
      },
      onConditionFailed: capExceeded(e, cap),
    },
  ]
}

/**
 * Submits entries for households of one village and month in ONE transaction: the entries,
 * the cap counters, the month's pending count (refused once published) and the indicator's
 * reference count — all or nothing.
 */
export async function submitEntries(
  actor: Actor,
  entries: EntryItem[],
  indicator: Indicator,
  /** Writes that go with the entries in their transaction (an activity's check-ins marked). */
  extra: Op[] = [],
): Promise<void> {
  if (indicator.monthlyCap !== null) {
    const over = entries.find((e) => e.quantity > indicator.monthlyCap!)
    if (over) throw capExceeded(over, indicator.monthlyCap)()
  }
  const [first] = entries
  await commit(
    [
      ...entries.flatMap((e) => [
        create(entryRecord(e)),
        ...capOp(e, indicator.monthlyCap, e.quantity),
      ]),
      pendingDeltaOp(first!.townId, first!.villageId, first!.month, entries.length),
      {
        write: {
          Update: {
            TableName: table(),
            Key: { PK: `TOWN#${first!.townId}`, SK: `IND#${indicator.code}` },
            UpdateExpression: 'ADD refs :n',
            ExpressionAttributeValues: { ':n': entries.length },
          },
        },
      },
      ...extra,
    ],
    entries.map((e) => auditOf(actor, 'entry.submit', e.id, null, e)),
  )
}

/** An entry as stored: keyed by its id, listed by village-month (GSI1) and household (GSI2). */
export function entryRecord(e: EntryItem) {
  return {
    ...entryKey(e.id),
    GSI1PK: villageMonthKey(e.villageId, e.month),
    GSI1SK: `ENTRY#${e.id}`,
    GSI2PK: `HH#${e.householdId}`,
    GSI2SK: `ENTRY#${e.month}#${e.id}`,
    ...e,
  }
}

export const getEntry = (id: string, townId: string) =>
  getInTown<EntryItem>(entryKey(id), townId, { zh: '积分记录', en: 'entry' })

/** The write that moves an entry from one state to another, refused if it has moved already. */
export function transitionOp(
  e: EntryItem,
  from: EntryStatus,
  to: EntryStatus,
  by: string,
  note: string | null,
): Op {
  return {
    write: {
      Update: {
        TableName: table(),
        Key: entryKey(e.id),
        UpdateExpression: 'SET #s = :to, reviewedBy = :by, reviewNote = :note',
        ConditionExpression: '#s = :from',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':to': to, ':from': from, ':by': by, ':note': note },
      },
    },
    onConditionFailed: () => Refused.entryReviewed(from),
  }
}

/** Approves or rejects a pending entry; a rejection frees its place under the cap. */
export async function reviewEntry(
  actor: Actor,
  e: EntryItem,
  decision: 'approved' | 'rejected',
  cap: number | null,
  reason: string | null,
) {
  await commit(
    [
      transitionOp(e, 'pending', decision, actor.personId, reason),
      pendingDeltaOp(e.townId, e.villageId, e.month, -1),
      ...(decision === 'rejected' ? capOp(e, cap, -e.quantity) : []),
    ],
    [
      auditOf(
        actor,
        `entry.${decision === 'approved' ? 'approve' : 'reject'}`,
        e.id,
        { status: 'pending' },
        { status: decision, reason },
      ),
    ],
  )
}

/** The ops that void approved entries (an upheld objection), freeing their places under the caps. */
export function voidOps(
  actor: Actor,
  entries: { entry: EntryItem; cap: number | null }[],
  reason: string,
): { ops: Op[]; audits: AuditRecord[] } {
  return {
    ops: entries.flatMap(({ entry, cap }) => [
      transitionOp(entry, 'approved', 'voided', actor.personId, reason),
      ...capOp(entry, cap, -entry.quantity),
    ]),
    audits: entries.map(({ entry }) =>
      auditOf(actor, 'entry.void', entry.id, { status: 'approved' }, { status: 'voided', reason }),
    ),
  }
}

/** A village-month's entries, optionally of one status. */
export async function villageMonthEntries(
  villageId: string,
  month: string,
  status?: EntryStatus,
): Promise<EntryItem[]> {
  return queryAll<EntryItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ...(status && { FilterExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' } }),
    ExpressionAttributeValues: {
      ':pk': villageMonthKey(villageId, month),
      ...(status && { ':s': status }),
    },
  })
}

/**
 * One page of entries for a list route, by village-month or by household, newest first;
 * `visible` narrows it to the households, groups or grids the caller may see.
 */
export async function entryPage(
  by: { villageId: string; month: string } | { householdId: string; month?: string },
  filters: {
    status?: EntryStatus
    householdId?: string
    submittedBy?: string
    visible?: { field: 'householdId' | 'groupId' | 'gridId'; ids: string[] }[]
  },
  cursor: string | undefined,
) {
  const conditions: string[] = []
  const values: Record<string, unknown> = {}
  const names: Record<string, string> = {}
  if (filters.status) {
    conditions.push('#s = :s')
    names['#s'] = 'status'
    values[':s'] = filters.status
  }
  if (filters.householdId) {
    conditions.push('householdId = :h')
    values[':h'] = filters.householdId
  }
  if (filters.submittedBy) {
    conditions.push('submittedBy = :by')
    values[':by'] = filters.submittedBy
  }
  if (filters.visible) {
    const anyOf = filters.visible.flatMap(({ field, ids }) =>
      ids.map((id, i) => {
        values[`:${field}${i}`] = id
        return `${field} = :${field}${i}`
      }),
    )
    conditions.push(`(${anyOf.join(' OR ')})`)
  }
  const key =
    'villageId' in by
      ? {
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          values: { ':pk': villageMonthKey(by.villageId, by.month) },
        }
      : {
          IndexName: 'GSI2',
          KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :sk)',
          values: { ':pk': `HH#${by.householdId}`, ':sk': `ENTRY#${by.month ?? ''}` },
        }
  return queryPage<EntryItem>(
    {
      IndexName: key.IndexName,
      KeyConditionExpression: key.KeyConditionExpression,
      ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
      ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
      ExpressionAttributeValues: { ...key.values, ...values },
      ScanIndexForward: false,
      Limit: 50,
    },
    cursor,
  )
}
