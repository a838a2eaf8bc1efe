import { addMonths, eachLimited, monthOf } from '@jifenbao/shared'
import { ulid } from 'ulid'
import { approvedEntries } from './entries'
import { counted } from './requests'
import { round } from './stats'

const VILLAGES = 20
const GRIDS = 5
const GROUPS = 10
const HOUSEHOLDS_PER_GROUP = 20
const PARTY_SHARE = 20 // one household in 20 has a party member
const ENTRIES_EACH = 5
/** Job pieces run at once: the consumer's concurrency here (on AWS, serverless.yml says 10). */
const CONSUMERS = 4

type Item = Record<string, unknown>

/**
 * A town of 20 villages × 1,000 households. Last year and this year up to the month before
 * last are seeded straight into the table as final months (the month with its households'
 * units, its summary and its beans), with party members and restrictions; last month gets
 * five approved entries a household. Then the town-wide jobs run in this process, as their
 * Lambdas would, their queued pieces through a local queue of CONSUMERS at once: each
 * village publishes last month, the daily job finalises it across the town, last year's
 * fourth quarter is awarded, each village's honours of last year are read, and the reports
 * run — each with its wall time, its slowest single invocation and its DynamoDB requests
 * (each page of a query one) per household; the reports also through the local API.
 */
export async function townAtScale(base: string) {
  const { db } = await import('../../functions/src/data/client')
  const { putAll } = await import('../../functions/src/data/tx')
  const org = await import('../../functions/src/data/org')
  const { createPersonOps, loadPrincipal } = await import('../../functions/src/data/people')
  const { monthKey } = await import('../../functions/src/data/months')
  const { flowSetOps, summaryOp } = await import('../../functions/src/data/stats')
  const { applyRestriction } = await import('../../functions/src/data/restrictions')
  const reports = await import('../../functions/src/services/reports')
  const { publishMonth } = await import('../../functions/src/services/month')
  const { giveAwards } = await import('../../functions/src/services/quarter')
  const { villageHonours } = await import('../../functions/src/services/honours')
  const { runJob } = await import('../../functions/src/services/jobs')
  const { LocalJobs, useJobQueue } = await import('../../functions/src/adapters/queue')
  const { handler: dailyJob } = await import('../../functions/src/handlers/finalize-due-months')

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
  const lastMonth = addMonths(current, -1)
  const lastYear = String(Number(current.slice(0, 4)) - 1)
  const months = [] as string[]
  for (let m = `${lastYear}-01`; m < lastMonth; m = addMonths(m, 1)) months.push(m)
  let households = 0
  const villages: Awaited<ReturnType<typeof org.createVillage>>[] = []
  for (let v = 0; v < VILLAGES; v++) {
    const village = await org.createVillage(actor, `第${v + 1}村`)
    villages.push(village)
    const own: string[] = []
    const refs: {
      id: string
      groupId: string
      gridId: string
      villageId: string
      headName: string
    }[] = []
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
          refs.push({
            id: household.id,
            groupId: group.id,
            gridId: grid.id,
            villageId: village.id,
            headName: '户',
          })
          items.push(...(await approvedEntries([household], lastMonth, ENTRIES_EACH, actor.now)))
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
        beansPerPoint: 1,
        refs,
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
  // Eight writers at once, each putting its share 25 at a time (and again what DynamoDB
  // leaves unprocessed).
  const share = Math.ceil(items.length / 8)
  await Promise.all(
    Array.from({ length: 8 }, (_, i) => putAll(items.slice(i * share, (i + 1) * share))),
  )
  const doc = db()

  /** A job: its wall time, slowest invocation (a Lambda's own work) and requests per household. */
  const invocations: number[] = []
  const timed = async <T>(run: () => Promise<T>) => {
    const start = performance.now()
    try {
      return await run()
    } finally {
      invocations.push(performance.now() - start)
    }
  }
  const queue = new LocalJobs((job) => timed(() => runJob(job)), {
    concurrency: CONSUMERS,
    maxReceives: 1,
  })
  useJobQueue(queue)
  const job = async (name: string, run: () => Promise<unknown>) => {
    invocations.length = 0
    const { wallSeconds, requests } = await counted(doc, async () => {
      await run().catch((err: Error) => {
        throw new Error(`${name}: ${err.message}`)
      })
      await queue.drained()
    })
    if (queue.deadLetters.length > 0)
      throw new Error(
        `${name}: ${queue.deadLetters.length} pieces failed: ${queue.deadLetters[0]!.error}`,
      )
    return {
      job: name,
      invocations: invocations.length,
      wallSeconds,
      slowestSeconds: round(Math.max(...invocations) / 1000, 2),
      requestsPerHousehold: round(requests / households, 2),
    }
  }
  const eachVillage = (run: (village: (typeof villages)[number]) => Promise<unknown>) =>
    eachLimited(villages, CONSUMERS, async (village) => {
      await timed(() => run(village))
    })
  const later = new Date(Date.now() + 30 * 86_400_000)
  const jobs = [
    await job(`publish ${lastMonth} (each village)`, () =>
      eachVillage((village) => publishMonth(actor, village, lastMonth)),
    ),
    await job(`finalise ${lastMonth} (daily job)`, () =>
      timed(() => dailyJob({ time: later.toISOString() })),
    ),
    await job(`awards ${lastYear}-Q4`, () =>
      timed(() => giveAwards({ ...actor, now: later }, `${lastYear}-Q4`, queue)),
    ),
    await job(`honours ${lastYear} (each village)`, () =>
      eachVillage((village) => villageHonours(village, lastYear, later)),
    ),
  ]

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
    consumers: CONSUMERS,
    jobs,
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

export function printTown(
  r: Awaited<ReturnType<typeof townAtScale>>,
  row: (cells: (string | number)[]) => void,
) {
  row([`a town: ${r.villages} villages, ${r.households} households, ${r.months} final months`])
  row([
    `town-wide job (${r.consumers} at once)`,
    'invocations',
    'wall s',
    'slowest s',
    'req/household',
  ])
  for (const j of r.jobs)
    row([j.job, j.invocations, j.wallSeconds, j.slowestSeconds, j.requestsPerHousehold])
  console.log('')
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
