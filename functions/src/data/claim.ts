import { AsyncLocalStorage } from 'node:async_hooks'
import { table } from './client'
import type { Op } from './tx'

/** The item that holds a caller's Idempotency-Key: its claim, then its stored answer. */
export const claimKey = (callerId: string, key: string) => ({
  PK: `IDEM#${callerId}#${key}`,
  SK: 'IDEM',
})

/** A request's hold on its key: whether its writes have (or may have) marked the claim. */
export class Hold {
  state: 'unmarked' | 'carrying' | 'marked' = 'unmarked'
  /** A transaction carrying the mark failed without saying whether it committed. */
  uncertain = false

  constructor(readonly key: { PK: string; SK: string }) {}

  /** Whether freeing the key could let a retry write a second time. */
  get mayHaveWritten(): boolean {
    return this.state === 'marked' || this.uncertain
  }
}

const held = new AsyncLocalStorage<Hold>()

/** Runs a request holding the claim on its key, so that its first write marks the claim. */
export const holdingClaim = <T>(hold: Hold, run: () => Promise<T>) => held.run(hold, run)

/**
 * The mark a request's first transaction carries: the claim has written. A request that dies
 * after it is not run again when its key comes back (that could write twice); one transaction
 * in flight carries it at a time, until one commits.
 */
export function claimMark():
  { op: Op; settled: (outcome: 'committed' | 'refused' | 'unknown') => void } | undefined {
  const claim = held.getStore()
  if (!claim || claim.state !== 'unmarked') return undefined
  claim.state = 'carrying'
  return {
    op: {
      write: {
        Update: {
          TableName: table(),
          Key: claim.key,
          UpdateExpression: 'SET #w = :true',
          ExpressionAttributeNames: { '#w': 'wrote' },
          ExpressionAttributeValues: { ':true': true },
        },
      },
    },
    settled: (outcome) => {
      claim.state = outcome === 'committed' ? 'marked' : 'unmarked'
      if (outcome === 'unknown') claim.uncertain = true
    },
  }
}
