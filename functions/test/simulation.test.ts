import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ensureTable, localClient } from '../../infra/src/table'

/** CI's short fixed set; `npm run sim -- --seed N --ops M` runs any other (README). */
const SEEDS = [1, 2, 3, 4]
const OPS = 500

describe('the seeded simulation, with faults', () => {
  const tableName = process.env.TABLE_NAME
  beforeAll(async () => {
    // A table of its own: the ledger check reads all of it, and other tests break theirs on purpose.
    process.env.TABLE_NAME = 'jifenbao-sim'
    await ensureTable(localClient(process.env.DYNAMODB_ENDPOINT!), 'jifenbao-sim')
  })
  afterAll(() => {
    process.env.TABLE_NAME = tableName
  })

  it.each(SEEDS)(
    'seed %i: 500 operations hold every balance, stock and pay code to the model',
    async (seed) => {
      const { simulate } = await import('./sim/simulate')
      const result = await simulate({ seed, ops: OPS })
      const struck = result.faults.throttle + result.faults.lostReply + result.faults.crash
      expect(struck).toBeGreaterThan(10)
      expect(result.postings).toBeGreaterThan(20)
    },
    300_000,
  )
})
