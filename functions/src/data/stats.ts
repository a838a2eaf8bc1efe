import { DIMENSIONS, type Dimension } from '@jifenbao/shared'
import { createHash } from 'node:crypto'
import { table } from './client'
import type { MonthItem, MonthStatus } from './months'
import { queryAll, type Op } from './tx'

/**
 * What the reports and the dashboard read (API.md Reports), kept as months change and beans
 * move, all in one partition a village, `STATS#village`, sorted by month, so that a period
 * of a village is one query, not every entry and receipt of it:
 * - `M#month#summary`: a published month in brief (written with the month itself);
 * - `M#month#kind#part`: the beans that month brought in or took out;
 * - `M#~total#part` (after every month): the beans its households hold, all months together.
 */
const statsKey = (villageId: string, sk: string) => ({ PK: `STATS#${villageId}`, SK: sk })

/** A published village-month in brief: its state, participation, scores and objections. */
export interface MonthSummary {
  villageId: string
  month: string
  status: MonthStatus
  openObjections: number
  objectionsRaised: number
  objectionsUpheld: number
  entries: number
  /** The households with an approved entry of positive points. */
  active: string[]
  /** Each household's score S(h), where it is not 0. */
  scores: Record<string, number>
  /** Σ beans of the publication: earned once the month is final. */
  beans: number
  /** Σ points by dimension (自治, 法治, 德治) over the households. */
  byDimension: Record<Dimension, number>
}

const summaryKey = (villageId: string, month: string) => statsKey(villageId, `M#${month}#summary`)

/** A month's summary as the month now stands (publish, an objection resolved). */
export function summaryOp(month: MonthItem): Op {
  const publication = month.publication!
  const summary: MonthSummary = {
    villageId: month.villageId,
    month: month.month,
    status: month.status,
    openObjections: month.openObjections ?? 0,
    objectionsRaised: month.objectionsRaised ?? 0,
    objectionsUpheld: month.objectionsUpheld ?? 0,
    entries: publication.activity.entries,
    active: publication.activity.active,
    scores: Object.fromEntries(
      publication.households.filter((h) => h.score !== 0).map((h) => [h.householdId, h.score]),
    ),
    beans: publication.households.reduce((sum, h) => sum + h.beans, 0),
    byDimension: Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        publication.households.reduce((sum, h) => sum + h.byDimension[d], 0),
      ]),
    ) as Record<Dimension, number>,
  }
  return {
    write: {
      Put: {
        TableName: table(),
        Item: { ...summaryKey(month.villageId, month.month), type: 'summary', ...summary },
      },
    },
  }
}

/** Counts an objection filed on the month's summary. */
export const objectionFiledOp = (villageId: string, month: string): Op => ({
  write: {
    Update: {
      TableName: table(),
      Key: summaryKey(villageId, month),
      UpdateExpression: 'ADD openObjections :one, objectionsRaised :one',
      ExpressionAttributeValues: { ':one': 1 },
    },
  },
})

/** Marks the summary final as the month is. */
export const summaryFinalOp = (villageId: string, month: string): Op => ({
  write: {
    Update: {
      TableName: table(),
      Key: summaryKey(villageId, month),
      UpdateExpression: 'SET #s = :final',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':final': 'final' },
    },
  },
})

/**
 * Where beans came from or went, by the month they count to: a final month's beans (the
 * month itself), a quarter's awards (its last month), adjustments (their day) and spending
 * (the receipt's day, a void taking it back).
 */
export type FlowKind = 'monthly' | 'award' | 'adjustment' | 'spent'

export interface FlowItem {
  month: string
  kind: FlowKind
  beans: number
}

/** Spending and adjustments add into one of these parts each, so concurrent clerks rarely meet. */
const FLOW_PARTS = 8

const flowKey = (villageId: string, month: string, kind: FlowKind, part: string) =>
  statsKey(villageId, `M#${month}#${kind}#${part}`)
const totalKey = (villageId: string, part: string) => statsKey(villageId, `M#~total#${part}`)
const partOf = (sourceId: string) =>
  String(createHash('sha1').update(sourceId).digest().readUInt8(0) % FLOW_PARTS)

/** The village's running total of beans held, moved in the transaction that moves them. */
const totalOp = (villageId: string, sourceId: string, beans: number): Op => ({
  write: {
    Update: {
      TableName: table(),
      Key: totalKey(villageId, partOf(sourceId)),
      UpdateExpression: 'SET #t = :total ADD beans :b',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':total': 'total', ':b': beans },
    },
  },
})

/**
 * A figure fixed once (a final month, a quarter's awards) and the running total with it:
 * written a second time, `again` is thrown and nothing changes.
 */
export const flowSetOps = (
  villageId: string,
  month: string,
  kind: 'monthly' | 'award',
  part: string,
  beans: number,
  again: () => Error,
): Op[] => [
  {
    write: {
      Put: {
        TableName: table(),
        Item: { ...flowKey(villageId, month, kind, part), type: 'flow', month, kind, beans },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    onConditionFailed: again,
  },
  totalOp(villageId, `${kind}#${month}#${part}`, beans),
]

/**
 * Beans added to a month's running figure and to the total held, inside the transaction
 * that moves them (spending takes from what is held).
 */
export function flowAddOps(
  villageId: string,
  month: string,
  kind: 'adjustment' | 'spent',
  sourceId: string,
  beans: number,
): Op[] {
  return [
    {
      write: {
        Update: {
          TableName: table(),
          Key: flowKey(villageId, month, kind, partOf(sourceId)),
          UpdateExpression: 'SET #t = :flow, #m = :m, kind = :k ADD beans :b',
          ExpressionAttributeNames: { '#t': 'type', '#m': 'month' },
          ExpressionAttributeValues: { ':flow': 'flow', ':m': month, ':k': kind, ':b': beans },
        },
      },
    },
    totalOp(villageId, sourceId, kind === 'spent' ? -beans : beans),
  ]
}

/**
 * A village's statistics of the months from–to (inclusive) in one query: the summaries and
 * the flows; with `withTotal`, the months from `from` on and the total held after them.
 */
export async function villageStats(villageId: string, from: string, to: string, withTotal = false) {
  const items = await queryAll<
    | (MonthSummary & { type: 'summary' })
    | (FlowItem & { type: 'flow' })
    | { type: 'total'; beans: number }
  >({
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': `STATS#${villageId}`,
      ':from': `M#${from}`,
      ':to': withTotal ? 'M#~~' : `M#${to}~`,
    },
  })
  const inPeriod = (month: string) => month <= to
  return {
    summaries: items.filter(
      (i): i is MonthSummary & { type: 'summary' } => i.type === 'summary' && inPeriod(i.month),
    ),
    flows: items.filter(
      (i): i is FlowItem & { type: 'flow' } => i.type === 'flow' && inPeriod(i.month),
    ),
    held: items.filter((i) => i.type === 'total').reduce((sum, i) => sum + i.beans, 0),
  }
}
