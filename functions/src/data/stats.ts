import { DIMENSIONS, type Dimension } from '@jifenbao/shared'
import { createHash } from 'node:crypto'
import { table } from './client'
import type { MonthItem, MonthStatus } from './months'
import { queryAll, type Op } from './tx'

/**
 * What the reports and the dashboard read (API.md Reports), kept as months change and beans
 * move so that a year of a village is two queries, not every entry and receipt of it:
 * - `MSTAT#village / month`: a published month in brief (written with the month itself);
 * - `FLOW#village / month#kind#part`: the beans that month brought in or took out.
 */

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

const summaryKey = (villageId: string, month: string) => ({
  PK: `MSTAT#${villageId}`,
  SK: month,
})

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
        Item: { ...summaryKey(month.villageId, month.month), ...summary },
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

/** A village's month summaries from one month to another (inclusive), in month order. */
export const monthSummaries = (villageId: string, from: string, to: string) =>
  queryAll<MonthSummary>({
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': `MSTAT#${villageId}`, ':from': from, ':to': to },
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

const flowKey = (villageId: string, month: string, kind: FlowKind, part: string) => ({
  PK: `FLOW#${villageId}`,
  SK: `${month}#${kind}#${part}`,
})

/** A figure fixed once (a final month, a quarter's awards): written again, it stays the same. */
export const flowSetOp = (
  villageId: string,
  month: string,
  kind: 'monthly' | 'award',
  part: string,
  beans: number,
): Op => ({
  write: {
    Put: {
      TableName: table(),
      Item: { ...flowKey(villageId, month, kind, part), month, kind, beans },
    },
  },
})

/** Beans added to a running figure, inside the transaction that moves them. */
export function flowAddOp(
  villageId: string,
  month: string,
  kind: 'adjustment' | 'spent',
  sourceId: string,
  beans: number,
): Op {
  const part = createHash('sha1').update(sourceId).digest().readUInt8(0) % FLOW_PARTS
  return {
    write: {
      Update: {
        TableName: table(),
        Key: flowKey(villageId, month, kind, String(part)),
        UpdateExpression: 'SET #m = :m, kind = :k ADD beans :b',
        ExpressionAttributeNames: { '#m': 'month' },
        ExpressionAttributeValues: { ':m': month, ':k': kind, ':b': beans },
      },
    },
  }
}

/** A village's flows, all of them or those of the months from–to (inclusive). */
export const villageFlows = (villageId: string, months?: { from: string; to: string }) =>
  queryAll<FlowItem>({
    KeyConditionExpression: months ? 'PK = :pk AND SK BETWEEN :from AND :to' : 'PK = :pk',
    ExpressionAttributeValues: {
      ':pk': `FLOW#${villageId}`,
      ...(months && { ':from': months.from, ':to': `${months.to}~` }),
    },
  })
