import { describe, expect, it } from '@jest/globals'
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { ulid } from 'ulid'
import { checkLedger } from '../../infra/src/check-ledger'
import { ensureTable, localClient } from '../../infra/src/table'

/** The check reads a whole table, so each case gets a table of its own in the same engine. */
async function tableWith(items: Record<string, unknown>[]): Promise<string> {
  const name = `ledger-check-${ulid()}`
  const client = localClient(process.env.DYNAMODB_ENDPOINT!)
  await ensureTable(client, name)
  await DynamoDBDocumentClient.from(client).send(
    new BatchWriteCommand({
      RequestItems: { [name]: items.map((Item) => ({ PutRequest: { Item } })) },
    }),
  )
  return name
}

const month = {
  PK: 'MONTH#v1#2026-10',
  SK: 'MONTH',
  status: 'final',
  publication: { households: [{ householdId: 'h1', beans: 3 }] },
}
const posting = (amount: number) => ({
  PK: 'HH#h1',
  SK: 'POST#2026-11-01T00:00:00.000Z#monthly-v1-2026-10-h1',
  id: 'monthly-v1-2026-10-h1',
  householdId: 'h1',
  kind: 'monthly',
  amount,
  source: { type: 'month', id: 'v1#2026-10', villageId: 'v1', month: '2026-10' },
})
const guard = { PK: 'POSTING#monthly-v1-2026-10-h1', SK: 'POSTING' }
const balance = (b: number) => ({
  PK: 'HH#h1',
  SK: 'BALANCE',
  balance: b,
  version: 1,
  townId: 't1',
})
/** The village, and the month's beans as the reports' flows keep them. */
const village = { PK: 'VILLAGE#v1', SK: 'VILLAGE', id: 'v1', townId: 't1' }
const flow = (beans: number) => ({
  PK: 'STATS#v1',
  SK: 'M#2026-10#monthly#0',
  type: 'flow',
  month: '2026-10',
  kind: 'monthly',
  beans,
})
const total = (beans: number) => ({ PK: 'STATS#v1', SK: 'M#~total#3', type: 'total', beans })

describe('the ledger check', () => {
  it('passes a consistent ledger', async () => {
    const table = await tableWith([
      month,
      posting(3),
      guard,
      balance(3),
      village,
      flow(3),
      total(3),
    ])

    expect(await checkLedger(localClient(process.env.DYNAMODB_ENDPOINT!), table)).toEqual({
      households: 1,
      postings: 1,
      problems: [],
    })
  })

  it('finds a balance that is not the sum of its postings', async () => {
    const table = await tableWith([
      month,
      posting(3),
      guard,
      balance(5),
      village,
      flow(3),
      total(3),
    ])

    const { problems } = await checkLedger(localClient(process.env.DYNAMODB_ENDPOINT!), table)

    expect(problems).toEqual([
      'HH#h1: balance 5 but postings sum to 3',
      'town t1: balances exceed its flows by 2',
    ])
  })

  it('finds beans the reports’ flows do not account for', async () => {
    const table = await tableWith([
      month,
      posting(3),
      guard,
      balance(3),
      village,
      flow(1),
      total(3),
    ])

    const { problems } = await checkLedger(localClient(process.env.DYNAMODB_ENDPOINT!), table)

    expect(problems).toEqual([
      'town t1: balances exceed its flows by 2',
      'village v1: total 3 but flows sum to 1',
    ])
  })

  it('finds a posting without its source or its claimed id', async () => {
    const table = await tableWith([posting(4), balance(4), village, flow(4), total(4)])

    const { problems } = await checkLedger(localClient(process.env.DYNAMODB_ENDPOINT!), table)

    expect(problems).toEqual([
      'posting monthly-v1-2026-10-h1: its id was never claimed',
      'posting monthly-v1-2026-10-h1: its month v1#2026-10 was never published',
    ])
  })
})
