import type { Tier } from '@jifenbao/shared'
import { table } from './client'
import { getItem, type Op } from './tx'

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
}

export const awardsKey = (townId: string, quarter: string) => ({
  PK: `AWARDS#${townId}#${quarter}`,
  SK: 'AWARDS',
})

export const getAwards = (townId: string, quarter: string) =>
  getItem<AwardsItem>(awardsKey(townId, quarter))

/** Records the awards once; a second writer keeps the first record. */
export function awardsOp(awards: AwardsItem): Op {
  return {
    write: {
      Put: {
        TableName: table(),
        Item: { ...awardsKey(awards.townId, awards.quarter), ...awards },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    onConditionFailed: () => new AwardsExist(),
  }
}

export class AwardsExist extends Error {}
