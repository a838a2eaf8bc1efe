import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb'
import { addMonths, monthOf } from '@jifenbao/shared'
import { ulid } from 'ulid'
import { counted } from './requests'
import { round } from './stats'

const VILLAGES = 20
const GRIDS = 5
const GROUPS = 10
const HOUSEHOLDS_PER_GROUP = 10
const PARTY_SHARE = 20 // one household in 20 has a party member

type Item = Record<string, unknown>

/**
 * The town's reports at the scale of a town: 20 villages of 500 households each, with last
 * year and this year up to last month seeded straight into the table as final months (the
 * month, its summary and its beans), party members and restrictions; then each report is
 * run in this process, counting its DynamoDB requests (each page of a query one), and
 * through the local API for its wall time.
 */
export async function reportsAtScale(base: string) {
  const { db, table } = await import('../../functions/src/data/client')
  const org = await import('../../functions/src/data/org')
  const { createPersonOps, loadPrincipal } = await import('../../functions/src/data/people')
  const { monthKey } = await import('../../functions/src/data/months')
  const { flowSetOps, summaryOp } = await import('../../functions/src/data/stats')
  const { applyRestriction } = await import('../../functions/src/data/restrictions')
  const reports = await import('../../functions/src/services/reports')

  const town = await fetch(`${base}/dev/towns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: '大镇' }),
  }).then((r) => r.json() as Promise<{ townId: string; adminToken: string }>)
  const get = async (path: string) => {
    const start = performance.now()
    const response = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${town.adminToken}` },
    })
    const body = (await response.json()) as Item
    if (response.status !== 200) throw new Error(`${path} → ${response.status}`)
    return { body, ms: performance.now() - start }
  }
  const me = (await get('/me')).body as { id: string }
  const principal = (await loadPrincipal(me.id, town.townId))!
  const actor = { personId: me.id, townId: town.townId, requestId: 'bench', now: new Date() }

  const items: Item[] = []
  const put = (op: { write: { Put?: { Item?: Item } } }) => items.push(op.write.Put!.Item!)
  const current = monthOf(new Date())
  const lastYear = String(Number(current.slice(0, 4)) - 1)
  const months = [] as string[]
  for (let m = `${lastYear}-01`; m < current; m = addMonths(m, 1)) months.push(m)
  let households = 0
  for (let v = 0; v < VILLAGES; v++) {
    const village = await org.createVillage(actor, `第${v + 1}村`)
    const own: string[] = []
    for (let g = 0; g < GRIDS; g++) {
      const grid = { id: ulid(), townId: town.townId, villageId: village.id, name: `网格${g}` }
      put(org.unitOp('grid', grid, `VILLAGE#${village.id}`))
      for (let k = 0; k < GROUPS; k++) {
        const group = { ...grid, id: ulid(), gridId: grid.id, name: `小组${k}` }
        put(org.unitOp('group', group, `VILLAGE#${village.id}`))
        for (let h = 0; h < HOUSEHOLDS_PER_GROUP; h++) {
          const { household, op } = org.newHousehold(actor, group, `户${households++}`)
          put(op)
          own.push(household.id)
          if (own.length % PARTY_SHARE === 0)
            createPersonOps(town.townId, {
              name: '党员',
              householdId: household.id,
              partyMember: true,
            }).ops.forEach(put)
        }
      }
    }
    for (const householdId of own.slice(0, 2))
      await applyRestriction(actor, {
        villageId: village.id,
        householdId,
        type: 'no_welfare',
        reason: '基准',
        from: `${lastYear}-03-01`,
      })
    let held = 0
    for (const [i, month] of months.entries()) {
      const scored = own.map((householdId, h) => {
        const score = ((h + i) % 7) - 1
        return {
          householdId,
          headName: '户',
          byDimension: { autonomy: score, law: 0, virtue: 0 },
          score,
          blended: null,
          beans: score,
        }
      })
      const item = {
        townId: town.townId,
        villageId: village.id,
        month,
        status: 'final' as const,
        pending: 0,
        version: 2,
        openObjections: 0,
        publication: {
          households: scored,
          grids: [],
          groups: [],
          activity: {
            entries: own.length,
            active: scored.filter((s) => s.score > 0).map((s) => s.householdId),
          },
        },
      }
      items.push({ ...monthKey(village.id, month), ...item })
      put(summaryOp(item) as never)
      const beans = scored.reduce((sum, x) => sum + x.beans, 0)
      put(flowSetOps(village.id, month, 'monthly', '0', beans, () => new Error())[0]!)
      items.push({
        PK: `STATS#${village.id}`,
        SK: `M#${month}#spent#0`,
        type: 'flow',
        month,
        kind: 'spent',
        beans: 100 + i,
      })
      held += beans - (100 + i)
    }
    items.push({ PK: `STATS#${village.id}`, SK: 'M#~total#0', type: 'total', beans: held })
  }
  const doc = db()
  for (let i = 0; i < items.length; i += 25)
    await doc.send(
      new BatchWriteCommand({
        RequestItems: {
          [table()]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    )

  const measure = async (route: string, run: () => Promise<unknown>) => {
    const inProcess = await counted(doc, run)
    const viaApi = await get(route)
    return {
      route,
      requests: inProcess.requests,
      requestsPerVillage: round(inProcess.requests / VILLAGES, 2),
      capacityUnits: inProcess.capacityUnits,
      seconds: inProcess.wallSeconds,
      apiSeconds: round(viaApi.ms / 1000, 2),
    }
  }
  return {
    villages: VILLAGES,
    households,
    months: months.length,
    runs: [
      await measure(`/reports/activity?year=${lastYear}`, () =>
        reports.activityReport(principal, { year: lastYear }),
      ),
      await measure(`/reports/activity?month=${addMonths(current, -1)}`, () =>
        reports.activityReport(principal, { month: addMonths(current, -1) }),
      ),
      await measure(`/reports/assessment?year=${lastYear}`, () =>
        reports.assessmentReport(principal, { year: lastYear }),
      ),
      await measure('/dashboard', () => reports.dashboard(principal, {}, new Date())),
    ],
  }
}

export function printReports(
  r: Awaited<ReturnType<typeof reportsAtScale>>,
  row: (cells: (string | number)[]) => void,
) {
  row([`reports: ${r.villages} villages, ${r.households} households, ${r.months} final months`])
  row(['report', 'requests', 'req/village', 'capacity units', 'in-process s', 'via API s'])
  for (const run of r.runs)
    row([
      run.route,
      run.requests,
      run.requestsPerVillage,
      run.capacityUnits,
      run.seconds,
      run.apiSeconds,
    ])
}
