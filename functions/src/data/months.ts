import type { Dimension } from '@jifenbao/shared'
import type { HouseholdRef } from '@jifenbao/shared'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { queryAll, type Op } from './tx'

export type MonthStatus = 'open' | 'published' | 'final'

export interface PublishedHousehold {
  householdId: string
  headName: string
  byDimension: Record<Dimension, number>
  score: number
  blended: number | null
  beans: number
}

export interface Publication {
  households: PublishedHousehold[]
  grids: { id: string; total: number; average: number }[]
  groups: { id: string; total: number; average: number }[]
  /** What the reports read (API.md Reports): the entries counted, and who earned points. */
  activity: MonthActivity
}

/** A village-month's participation: its approved entries, and the households with one > 0. */
export interface MonthActivity {
  entries: number
  active: string[]
}

/**
 * A village-month: its state, the count of pending entries (publish waits for 0) and a
 * version every change bumps; once published, what was frozen and the publication itself.
 */
export interface MonthItem {
  townId: string
  villageId: string
  month: string
  status: MonthStatus
  pending: number
  version: number
  openObjections?: number
  /** Objections filed on the month, and those upheld (what the assessment counts). */
  objectionsRaised?: number
  objectionsUpheld?: number
  publishedAt?: string
  objectionDeadline?: string
  beansPerPoint?: number
  objectionDays?: number
  /** Households, their units and the unit each leader's household leads, as of publication. */
  refs?: (HouseholdRef & { headName: string })[]
  publication?: Publication
}

export const monthKey = (villageId: string, month: string) => ({
  PK: `MONTH#${villageId}#${month}`,
  SK: 'MONTH',
})

const OPEN: MonthItem = {
  townId: '',
  villageId: '',
  month: '',
  status: 'open',
  pending: 0,
  version: 0,
}

/**
 * How many households one item of a publication holds: a village of thousands is published
 * as the month's item and a few of these beside it, each far below DynamoDB's 400 KB.
 */
const HOUSEHOLDS_PER_PART = 400

const partKey = (villageId: string, month: string, part: number) => ({
  PK: monthKey(villageId, month).PK,
  SK: `PUB#${String(part).padStart(3, '0')}`,
})

interface PublicationPart {
  refs: NonNullable<MonthItem['refs']>
  households: PublishedHousehold[]
}

/** The month's own item, its households kept apart in parts (in publication order). */
function split(m: MonthItem): { head: MonthItem; parts: PublicationPart[] } {
  const { refs = [], publication, ...head } = m
  if (!publication) return { head, parts: [] }
  const { households, ...summary } = publication
  const parts: PublicationPart[] = []
  for (let i = 0; i < refs.length; i += HOUSEHOLDS_PER_PART)
    parts.push({
      refs: refs.slice(i, i + HOUSEHOLDS_PER_PART),
      households: households.slice(i, i + HOUSEHOLDS_PER_PART),
    })
  // Stored without its households, which getMonth puts back from the parts.
  return { head: { ...head, publication: summary as Publication }, parts }
}

const partOps = (m: MonthItem, parts: PublicationPart[]): Op[] =>
  parts.map((part, i) => ({
    write: { Put: { TableName: table(), Item: { ...partKey(m.villageId, m.month, i), ...part } } },
  }))

/** A village-month: its item and, once published, its households from the parts beside it. */
export async function getMonth(
  townId: string,
  villageId: string,
  month: string,
): Promise<MonthItem> {
  const items = await queryAll<MonthItem & PublicationPart & { SK: string }>({
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': monthKey(villageId, month).PK },
  })
  const head = items.find((i) => i.SK === 'MONTH')
  if (!head) return { ...OPEN, townId, villageId, month }
  const parts = items.filter((i) => i.SK.startsWith('PUB#'))
  // A month published before its households were kept in parts holds them itself.
  if (parts.length === 0) return head
  return {
    ...head,
    refs: parts.flatMap((p) => p.refs),
    publication: { ...head.publication!, households: parts.flatMap((p) => p.households) },
  }
}

/** Counts entries in and out of `pending`; refused once the month is published. */
export function pendingDeltaOp(
  townId: string,
  villageId: string,
  month: string,
  delta: number,
): Op {
  return {
    write: {
      Update: {
        TableName: table(),
        Key: monthKey(villageId, month),
        UpdateExpression:
          'SET townId = :t, villageId = :v, #m = :m, #s = if_not_exists(#s, :open) ADD pending :d, version :one',
        ConditionExpression: 'attribute_not_exists(PK) OR #s = :open',
        ExpressionAttributeNames: { '#s': 'status', '#m': 'month' },
        ExpressionAttributeValues: {
          ':t': townId,
          ':v': villageId,
          ':m': month,
          ':open': 'open',
          ':d': delta,
          ':one': 1,
        },
      },
    },
    onConditionFailed: Refused.monthClosed,
  }
}

/** The village-months of a month that are published and whose objection window closed by `now`. */
export async function dueMonths(month: string, now: Date): Promise<MonthItem[]> {
  return queryAll<MonthItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK <= :now',
    ExpressionAttributeValues: { ':pk': `PUBLISHED#${month}`, ':now': now.toISOString() },
  })
}

/** Where a published month waits on GSI1 for the daily finalisation: by month, then deadline. */
export const dueListing = (m: { month: string; objectionDeadline: string; villageId: string }) => ({
  GSI1PK: `PUBLISHED#${m.month}`,
  GSI1SK: `${m.objectionDeadline}#${m.villageId}`,
})

/**
 * Writes a month as published, listed for the daily job by its deadline: only over the
 * version it was read at, still open with nothing pending.
 */
export function publishOps(published: MonthItem, readVersion: number): Op[] {
  const { villageId, month, objectionDeadline } = published
  const { head, parts } = split(published)
  const monthOp: Op = {
    write: {
      Put: {
        TableName: table(),
        Item: {
          ...monthKey(villageId, month),
          ...dueListing({ month, objectionDeadline: objectionDeadline!, villageId }),
          ...head,
        },
        ConditionExpression:
          'attribute_not_exists(PK) OR (version = :v AND #s = :open AND pending = :zero)',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':v': readVersion, ':open': 'open', ':zero': 0 },
      },
    },
    onConditionFailed: Refused.monthChanged,
  }
  return [monthOp, ...partOps(published, parts)]
}

/**
 * Replaces a published month's publication as an objection is resolved (one fewer open,
 * one more upheld if it was).
 */
export function resolvedOps(month: MonthItem, publication: Publication, upheld: boolean): Op[] {
  const { head, parts } = split({ ...month, publication })
  const monthOp: Op = {
    write: {
      Update: {
        TableName: table(),
        Key: monthKey(month.villageId, month.month),
        UpdateExpression:
          'SET publication = :p, version = :next ADD openObjections :minus, objectionsUpheld :u',
        ConditionExpression: 'version = :v AND #s = :published',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':p': head.publication,
          ':next': month.version + 1,
          ':minus': -1,
          ':u': upheld ? 1 : 0,
          ':v': month.version,
          ':published': 'published',
        },
      },
    },
    onConditionFailed: Refused.monthChanged,
  }
  return [monthOp, ...partOps(month, parts)]
}

/** Marks a published month final and takes it off the daily job's list. */
export function finalOp(
  villageId: string,
  month: string,
  at: string,
  alreadyFinal: () => Error,
): Op {
  return {
    write: {
      Update: {
        TableName: table(),
        Key: monthKey(villageId, month),
        UpdateExpression: 'SET #s = :final, finalizedAt = :at REMOVE GSI1PK, GSI1SK',
        ConditionExpression: '#s = :published',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':final': 'final', ':at': at, ':published': 'published' },
      },
    },
    onConditionFailed: alreadyFinal,
  }
}
