import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb'
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'

interface Item {
  PK: string
  SK: string
  [field: string]: unknown
}

export interface LedgerVerdict {
  households: number
  postings: number
  problems: string[]
}

/**
 * The town office's audit of every bean (SPEC §5): for every household, balance = sum of
 * its postings; every posting claimed its id once and points to a source that exists and
 * agrees with it. Reads the whole table (a maintenance job, never a request path).
 */
export async function checkLedger(
  client: DynamoDBClient,
  TableName: string,
): Promise<LedgerVerdict> {
  const doc = DynamoDBDocumentClient.from(client)
  const items: Item[] = []
  let ExclusiveStartKey: Record<string, unknown> | undefined
  do {
    const page = await doc.send(new ScanCommand({ TableName, ExclusiveStartKey }))
    items.push(...((page.Items ?? []) as Item[]))
    ExclusiveStartKey = page.LastEvaluatedKey
  } while (ExclusiveStartKey)

  const byKey = new Map(items.map((i) => [`${i.PK}|${i.SK}`, i]))
  const balances = new Map(
    items.filter((i) => i.SK === 'BALANCE').map((i) => [i.PK, i.balance as number]),
  )
  const postings = items.filter((i) => i.PK.startsWith('HH#') && i.SK.startsWith('POST#'))
  const problems: string[] = []

  const sums = new Map<string, number>()
  for (const p of postings) sums.set(p.PK, (sums.get(p.PK) ?? 0) + (p.amount as number))
  for (const pk of new Set([...balances.keys(), ...sums.keys()])) {
    if ((balances.get(pk) ?? 0) !== (sums.get(pk) ?? 0)) {
      problems.push(
        `${pk}: balance ${balances.get(pk) ?? 0} but postings sum to ${sums.get(pk) ?? 0}`,
      )
    }
  }
  problems.push(...flowProblems(items))
  const published = publishedBeans(items)
  for (const p of postings) {
    if (!byKey.has(`POSTING#${p.id}|POSTING`))
      problems.push(`posting ${p.id}: its id was never claimed`)
    const problem = sourceProblem(p, byKey, published)
    if (problem) problems.push(`posting ${p.id}: ${problem}`)
  }
  return {
    households: new Set([...balances.keys(), ...sums.keys()]).size,
    postings: postings.length,
    problems,
  }
}

/**
 * The reports' running figures agree with the balances: in every town, the beans its
 * villages' flows say were earned, adjusted and not spent are the beans its households
 * hold; and each village's running total is the sum of its flows.
 */
function flowProblems(items: Item[]): string[] {
  const townOfVillage = new Map(
    items.filter((i) => i.SK === 'VILLAGE').map((i) => [i.id as string, i.townId as string]),
  )
  const held = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, beans: number) =>
    map.set(key, (map.get(key) ?? 0) + beans)
  for (const b of items.filter((i) => i.SK === 'BALANCE'))
    add(held, b.townId as string, b.balance as number)
  const flowed = new Map<string, number>()
  const totals = new Map<string, number>()
  for (const s of items.filter((i) => i.PK.startsWith('STATS#'))) {
    const villageId = s.PK.slice('STATS#'.length)
    if (s.type === 'total') add(totals, villageId, s.beans as number)
    if (s.type !== 'flow') continue
    const beans = s.kind === 'spent' ? -(s.beans as number) : (s.beans as number)
    add(flowed, villageId, beans)
    add(held, townOfVillage.get(villageId)!, -beans)
  }
  return [
    ...[...held]
      .filter(([, difference]) => difference !== 0)
      .map(([townId, difference]) => `town ${townId}: balances exceed its flows by ${difference}`),
    ...[...new Set([...flowed.keys(), ...totals.keys()])]
      .filter((v) => (flowed.get(v) ?? 0) !== (totals.get(v) ?? 0))
      .map(
        (v) => `village ${v}: total ${totals.get(v) ?? 0} but flows sum to ${flowed.get(v) ?? 0}`,
      ),
  ]
}

interface PublishedRow {
  householdId: string
  beans: number
}

/**
 * Each published month's beans by household: from the parts beside the month's item (or,
 * for a month published before those, from the item itself).
 */
function publishedBeans(items: Item[]): Map<string, Map<string, number>> {
  const byMonth = new Map<string, Map<string, number>>()
  const add = (pk: string, rows: PublishedRow[] = []) => {
    const beans = byMonth.get(pk) ?? new Map<string, number>()
    for (const row of rows) beans.set(row.householdId, row.beans)
    byMonth.set(pk, beans)
  }
  for (const i of items.filter((i) => i.PK.startsWith('MONTH#'))) {
    if (i.SK === 'MONTH') add(i.PK, (i.publication as { households?: PublishedRow[] })?.households)
    else if (i.SK.startsWith('PUB#')) add(i.PK, i.households as PublishedRow[])
  }
  return byMonth
}

function sourceProblem(
  p: Item,
  byKey: Map<string, Item>,
  published: Map<string, Map<string, number>>,
): string | null {
  const source = p.source as {
    type: string
    id: string
    villageId?: string
    month?: string
    unitId?: string
  }
  const householdId = p.householdId as string
  if (p.kind === 'monthly') {
    const pk = `MONTH#${source.villageId}#${source.month}`
    const month = byKey.get(`${pk}|MONTH`)
    const beans = published.get(pk)?.get(householdId)
    if (!month || month.status === 'open')
      return `its month ${source.villageId}#${source.month} was never published`
    if (beans !== p.amount) return `the publication gives ${beans ?? 'nothing'}, not ${p.amount}`
    return null
  }
  if (p.kind === 'adjustment') {
    const adjustment = byKey.get(`ADJ#${source.id}|ADJ`)
    if (!adjustment || adjustment.amount !== p.amount || adjustment.householdId !== householdId)
      return `no adjustment ${source.id} of ${p.amount}`
    return null
  }
  if (p.kind === 'award') {
    const awards = byKey.get(`AWARDS#${source.id}|AWARDS`)
    const unitId = source.unitId as string
    // The unit's shares of the run the record fixed (or, recorded before those, in the record).
    const split = (
      awards?.run
        ? byKey.get(`AWARDS#${source.id}|SHARES#${awards.run}#${unitId}`)?.split
        : (awards?.shares as Record<string, unknown> | undefined)?.[unitId]
    ) as Record<string, number> | undefined
    const share = split?.[householdId]
    if (share !== p.amount)
      return `the quarter's awards give ${share ?? 'nothing'}, not ${p.amount}`
    return null
  }
  if (p.kind === 'redemption' || p.kind === 'void') {
    const receipt = byKey.get(`REDEEM#${source.id}|REDEEM`)
    const expected =
      p.kind === 'redemption' ? -(receipt?.total as number) : (receipt?.total as number)
    if (!receipt || receipt.householdId !== householdId || expected !== p.amount)
      return `no receipt ${source.id} for ${p.amount}`
    if (p.kind === 'void' && !receipt.voided) return `receipt ${source.id} is not voided`
    return null
  }
  return `unknown kind ${String(p.kind)}`
}

export const verdictLine = (v: LedgerVerdict) =>
  v.problems.length === 0
    ? `ledger check: OK — ${v.households} households, ${v.postings} postings; every balance equals its postings and every posting has its source`
    : `ledger check: ${v.problems.length} PROBLEMS in ${v.households} households, ${v.postings} postings:\n  ${v.problems.join('\n  ')}`
