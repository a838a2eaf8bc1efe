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
  for (const p of postings) {
    if (!byKey.has(`POSTING#${p.id}|POSTING`))
      problems.push(`posting ${p.id}: its id was never claimed`)
    const problem = sourceProblem(p, byKey)
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

function sourceProblem(p: Item, byKey: Map<string, Item>): string | null {
  const source = p.source as {
    type: string
    id: string
    villageId?: string
    month?: string
    unitId?: string
  }
  const householdId = p.householdId as string
  if (p.kind === 'monthly') {
    const month = byKey.get(`MONTH#${source.villageId}#${source.month}|MONTH`)
    const published = (
      month?.publication as { households: { householdId: string; beans: number }[] } | undefined
    )?.households.find((h) => h.householdId === householdId)
    if (!month || month.status === 'open')
      return `its month ${source.villageId}#${source.month} was never published`
    if (published?.beans !== p.amount)
      return `the publication gives ${published?.beans ?? 'nothing'}, not ${p.amount}`
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
    const share = (awards?.shares as Record<string, Record<string, number>> | undefined)?.[
      source.unitId as string
    ]?.[householdId]
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
