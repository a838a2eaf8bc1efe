import type { Tier } from '@jifenbao/shared'
import { ulid } from 'ulid'
import { table } from './client'
import { commit, putAll, queryAll, type AuditRecord } from './tx'

export type Level = 'grid' | 'group'

export interface RankedUnit {
  id: string
  name: string
  villageId: string
  gridName?: string
  total: number
  households: number
  rank: number
  tier: Tier | null
  award: number
}

/**
 * A quarter's medals and awards, fixed the first time they are given: a re-run credits
 * from this record, so a later change of config can never pay a quarter twice or differently.
 */
export interface AwardsItem {
  townId: string
  quarter: string
  grids: RankedUnit[]
  groups: RankedUnit[]
  /** unitId → householdId → beans. */
  shares: Record<string, Record<string, number>>
  at: string
  /** The run whose shares these are (kept beside the record, a unit an item). */
  run?: string
}

export const awardsKey = (townId: string, quarter: string) => ({
  PK: `AWARDS#${townId}#${quarter}`,
  SK: 'AWARDS',
})

/** One awarded unit's shares of a run: a town's shares are more than one item can hold. */
const sharesKey = (townId: string, quarter: string, run: string, unitId: string) => ({
  PK: awardsKey(townId, quarter).PK,
  SK: `SHARES#${run}#${unitId}`,
})

/** A quarter's awards as recorded, with the shares of the run the record fixed. */
export async function getAwards(townId: string, quarter: string): Promise<AwardsItem | undefined> {
  const items = await queryAll<
    AwardsItem & { SK: string; unitId: string; split: Record<string, number> }
  >({
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': awardsKey(townId, quarter).PK },
  })
  const record = items.find((i) => i.SK === 'AWARDS')
  // A record made before the shares were kept apart holds them itself.
  if (!record?.run) return record
  const own = items.filter((i) => i.SK.startsWith(`SHARES#${record.run}#`))
  return { ...record, shares: Object.fromEntries(own.map((i) => [i.unitId, i.split])) }
}

/**
 * Records the awards once: this run's shares first, then the record that fixes them. A
 * second writer's record is refused (AwardsExist) and its shares are never read.
 */
export async function recordAwards(awards: AwardsItem, audits: AuditRecord[]): Promise<void> {
  const run = ulid()
  const { shares, ...record } = awards
  await putAll(
    Object.entries(shares).map(([unitId, split]) => ({
      ...sharesKey(awards.townId, awards.quarter, run, unitId),
      unitId,
      split,
    })),
  )
  await commit(
    [
      {
        write: {
          Put: {
            TableName: table(),
            Item: { ...awardsKey(awards.townId, awards.quarter), ...record, shares: {}, run },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        onConditionFailed: () => new AwardsExist(),
      },
    ],
    audits,
  )
}

export class AwardsExist extends Error {}
