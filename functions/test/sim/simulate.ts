import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import {
  addMonths,
  dateOf,
  DEFAULT_TOWN_CONFIG,
  monthOf,
  quarterOf,
  type TownConfig,
} from '@jifenbao/shared'
import { ulid } from 'ulid'
import { checkLedger } from '../../../infra/src/check-ledger'
import { db, table } from '../../src/data/client'
import { allPostings } from '../../src/data/ledger'
import { townKey } from '../../src/data/towns'
import { env } from '../../src/lib/ground/env'
import { localClient } from '../../../infra/src/table'
import { localJobs } from '../../src/adapters/queue'
import { handler as dailyJob, MONTHS_BACK } from '../../src/handlers/finalize-due-months'
import { call, type Response } from '../api'
import { installFaults, letLeasePass, withFault, type FaultKind } from './faults'
import { Model, type Entry, type Household, type Month } from './model'
import { Random } from './random'

export interface SimOptions {
  seed: number
  ops: number
  /** One in how many operations runs with a fault armed. */
  faultEvery?: number
  log?: (line: string) => void
  /** Every request and its answer, for reading a failure. */
  trace?: (line: string) => void
}

export interface SimResult {
  seed: number
  ops: number
  seconds: number
  faults: Record<FaultKind | 'duplicateJob', number>
  outcomes: Record<string, number>
  postings: number
}

/** A broken invariant, with the seed and step that replay it. */
export class SimFailure extends Error {
  constructor(seed: number, ops: number, step: number, message: string) {
    super(
      `seed ${seed}, step ${step}: ${message}\n  replay: npm run sim -- --seed ${seed} --ops ${ops}`,
    )
  }
}

/** Indicators with no photo evidence: a positive capped, positive uncapped-ish and negative. */
const CODES = ['ZZ-01', 'ZZ-03', 'DZ-06', 'DZ-04', 'FZ-12', 'DZ-13', 'FZ-07'] as const
const DAY = 86_400_000

/** The office's operations, one at a time, and the counter's, which may run side by side. */
const OFFICE = {
  entry: 14,
  batch: 3,
  approve: 14,
  reject: 3,
  advance: 8,
  publish: 6,
  object: 5,
  resolve: 4,
  finalise: 3,
  dailyJob: 3,
  awards: 2,
  restrict: 2,
  lift: 2,
}
const COUNTER = { redeem: 10, reuseCode: 2, void: 3, adjust: 3 }

interface Town {
  townId: string
  admin: { id: string; token: string }
  /** Submits the entries: nobody reviews what they submitted. */
  recorder: { id: string; token: string }
  clerk: { id: string; token: string }
  shopId: string
  villages: string[]
}

/**
 * A seeded random month-after-month life of a small town through the real handlers on
 * DynamoDB Local: entries, reviews, publications, objections, finalisation (by the office
 * and by the daily job, delivered twice), quarter awards, pay codes and redemptions at two
 * counters at once, voids, adjustments and restrictions — with faults injected under the
 * handlers, and after every step each balance, each receipt's stock and each pay code held
 * to a reference model built from the rules alone. Throws SimFailure with the replaying seed.
 */
export async function simulate(options: SimOptions): Promise<SimResult> {
  const started = Date.now()
  const { seed, ops } = options
  const rng = new Random(seed)
  const faultEvery = options.faultEvery ?? 6
  installFaultsOnce()
  const faults: SimResult['faults'] = { throttle: 0, lostReply: 0, crash: 0, duplicateJob: 0 }
  const outcomes: Record<string, number> = {}
  let step = 0
  const fail = (message: string): never => {
    throw new SimFailure(seed, ops, step, message)
  }
  const config: TownConfig = {
    ...DEFAULT_TOWN_CONFIG,
    beansPerPoint: rng.pick([1, 0.5, 2]),
    objectionDays: rng.int(1, 4),
    rankScope: 'town',
    rankBy: rng.pick(['total', 'average'] as const),
  }
  const model = new Model(config)
  const town = await setUp(rng, model, config)
  let offsetMs = firstOfNextMonth() - Date.now()
  await call('POST', '/v1/dev/clock', { token: town.admin.token, body: { offsetMs } })
  const now = () => new Date(Date.now() + offsetMs)
  const today = () => dateOf(now())

  /**
   * One actor's request: the first try with the operation's fault armed; after a 5xx the
   * same request again (same Idempotency-Key), once a crashed claim's lease has run out.
   */
  let armed: { kind: FaultKind; at: number } | null = null
  async function request(
    caller: { id: string; token: string },
    method: string,
    url: string,
    body?: unknown,
    idempotent = false,
  ): Promise<Response> {
    const key = idempotent ? ulid() : undefined
    const send = () =>
      call(method, url, {
        token: caller.token,
        body,
        headers: key ? { 'Idempotency-Key': key } : {},
      })
    let response: Response
    let faulted = ''
    if (armed) {
      const fault = armed
      armed = null
      const tried = await withFault(fault.kind, fault.at, send)
      if (tried.struck) faults[fault.kind]++
      if (tried.struck) faulted = `${fault.kind}@${fault.at} → ${tried.result.status}`
      response = tried.result
      if (response.status >= 500 && !tried.struck) fail(`${method} ${url} → 500 with no fault`)
    } else response = await send()
    for (let retry = 0; response.status >= 500; retry++) {
      if (retry === 2) fail(`${method} ${url} still fails: ${JSON.stringify(response.body)}`)
      if (key) await letLeasePass(caller.id, key)
      response = await send()
    }
    const tally = `${method} ${url.replace(/\/[0-9A-Z]{26}/g, '/…').replace(/\?.*/, '')} ${response.status}${
      response.status >= 400 ? ` ${response.body?.error?.code}` : ''
    }`
    outcomes[tally] = (outcomes[tally] ?? 0) + 1
    options.trace?.(`${step} ${tally}${faulted ? ` after ${faulted}` : ''}`)
    return response
  }
  const expect = (response: Response, status: number, what: string) => {
    if (response.status !== status)
      fail(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }
  const expectRefusal = (response: Response, codes: string[], what: string) => {
    if (!codes.includes(response.body?.error?.code))
      fail(
        `${what}: expected ${codes.join('|')}, got ${response.status} ${JSON.stringify(response.body)}`,
      )
  }

  /** The answer to a retry of a request that wrote and then died: done, but its answer lost. */
  const lost = (response: Response) =>
    response.status === 409 && /answer was lost/.test(response.body?.error?.message ?? '')
  /** Takes in the entries of these households this month that the model has not seen. */
  async function adoptEntries(chosen: Household[]) {
    for (const h of chosen) {
      const listed = await request(
        town.admin,
        'GET',
        `/v1/entries?villageId=${h.villageId}&month=${monthOf(now())}&householdId=${h.id}`,
      )
      for (const e of expect(listed, 200, 'listing entries').items)
        if (!model.entries.has(e.id)) record(h, e.indicatorCode, e.quantity, e.id)
    }
  }

  const households = () => [...model.households.values()]
  const entriesWhere = (status: Entry['status']) =>
    [...model.entries.values()].filter((e) => e.status === status)
  const monthsWhere = (status: Month['status']) =>
    [...model.months.values()].filter((m) => m.status === status)
  const windowClosed = (m: Month) => now().toISOString() >= m.deadline!

  const office: Record<keyof typeof OFFICE, () => Promise<void>> = {
    async entry() {
      const h = rng.pick(households())
      const indicator = rng.pick(CODES)
      const quantity = rng.int(1, 2)
      const response = await request(
        town.recorder,
        'POST',
        '/v1/entries',
        { householdId: h.id, indicatorCode: indicator, quantity, occurredOn: today() },
        true,
      )
      if (lost(response)) return adoptEntries([h])
      acceptEntry(h, indicator, quantity, response)
    },
    async batch() {
      const villageId = rng.pick(town.villages)
      const chosen = rng.some(
        households().filter((h) => h.villageId === villageId),
        3,
      )
      if (chosen.length === 0) return
      const indicator = rng.pick(CODES)
      const response = await request(
        town.recorder,
        'POST',
        '/v1/entries/batch',
        { householdIds: chosen.map((h) => h.id), indicatorCode: indicator, occurredOn: today() },
        true,
      )
      if (lost(response)) return adoptEntries(chosen)
      const over = chosen.some((h) => overCap(h, indicator, 1))
      if (over) return expectRefusal(response, ['CAP_EXCEEDED'], 'a batch over a cap')
      const { ids } = expect(response, 201, 'a batch of entries')
      chosen.forEach((h, i) => record(h, indicator, 1, ids[i]))
    },
    async approve() {
      await review('approve')
    },
    async reject() {
      await review('reject')
    },
    async advance() {
      offsetMs += rng.int(2, 9) * DAY
      // The route runs a town at most 400 days ahead; a long run lives years: past that, set it directly.
      if (offsetMs > 400 * DAY) return void (await setTownClock(town.townId, offsetMs))
      expect(
        await request(town.admin, 'POST', '/v1/dev/clock', { offsetMs }),
        200,
        'moving the clock',
      )
    },
    async publish() {
      const m = model.unpublished(today())[0]
      if (!m) return
      const response = await request(
        town.admin,
        'POST',
        `/v1/villages/${m.villageId}/months/${m.month}/publish`,
        undefined,
        true,
      )
      if (model.pending(m.villageId, m.month).length > 0)
        return expectRefusal(response, ['NOT_READY'], 'publishing with entries pending')
      const published = lost(response)
        ? expect(
            await request(town.admin, 'GET', `/v1/villages/${m.villageId}/months/${m.month}`),
            200,
            'a month published',
          )
        : expect(response, 200, 'publishing')
      if (published.status !== 'published') fail(`month ${m.month} is ${published.status}`)
      model.score(m)
      m.status = 'published'
      m.deadline = published.objectionDeadline
      for (const h of published.households)
        if (h.beans !== m.beans.get(h.householdId))
          fail(
            `publication gives ${h.householdId} ${h.beans} beans, the model ${m.beans.get(h.householdId)}`,
          )
    },
    async object() {
      // Mostly a month still in its window; sometimes one past it, to be refused.
      const open = monthsWhere('published').filter((x) => !windowClosed(x))
      const m = rng.maybe(
        open.length > 0 && rng.chance(0.8)
          ? open
          : [...monthsWhere('published'), ...monthsWhere('final')].slice(-4),
      )
      if (!m) return
      const h = rng.pick(households().filter((x) => x.villageId === m.villageId))
      const response = await request(
        h.member,
        'POST',
        `/v1/villages/${m.villageId}/months/${m.month}/objections`,
        { householdId: h.id, reason: '分数不对' },
        true,
      )
      if (m.status !== 'published' || windowClosed(m))
        return expectRefusal(response, ['MONTH_CLOSED', 'INVALID_STATE'], 'an objection too late')
      if (!lost(response)) expect(response, 201, 'an objection')
      m.openObjections++
    },
    async resolve() {
      const m = monthsWhere('published').find((x) => x.openObjections > 0)
      if (!m) return
      const list = await request(
        town.admin,
        'GET',
        `/v1/villages/${m.villageId}/months/${m.month}/objections`,
      )
      const open = expect(list, 200, 'listing objections').items.filter(
        (o: { status: string }) => o.status === 'open',
      )
      if (open.length !== m.openObjections)
        fail(`${open.length} objections open, the model ${m.openObjections}`)
      const voidable = entriesWhere('approved').filter(
        (e) => e.villageId === m.villageId && e.month === m.month,
      )
      // Upheld names at least one entry to void.
      const toVoid = rng.chance(0.5) ? rng.some(voidable, 2).slice(0, 3) : []
      if (toVoid.length === 0 && voidable.length > 0 && rng.chance(0.3)) toVoid.push(voidable[0]!)
      const upheld = toVoid.length > 0
      const response = await request(
        town.admin,
        'POST',
        `/v1/objections/${open[0].id}/resolve`,
        {
          decision: upheld ? 'upheld' : 'dismissed',
          voidEntryIds: toVoid.map((e) => e.id),
          note: '核实',
        },
        true,
      )
      if (!lost(response)) expect(response, 200, 'resolving an objection')
      m.openObjections--
      for (const e of toVoid) e.status = 'voided'
      if (upheld) model.score(m)
    },
    async finalise() {
      const m = rng.maybe([...monthsWhere('published'), ...monthsWhere('final')].slice(-3))
      if (!m) return
      const url = `/v1/villages/${m.villageId}/months/${m.month}/finalize`
      let response = await request(town.admin, 'POST', url, undefined, true)
      // Finalising part-way and dying: the office asks again, and the rest is credited.
      if (lost(response)) response = await request(town.admin, 'POST', url, undefined, true)
      if (m.status === 'final') return void expect(response, 200, 'finalising a final month')
      if (!windowClosed(m) || m.openObjections > 0)
        return expectRefusal(response, ['INVALID_STATE', 'NOT_READY'], 'finalising too early')
      expect(response, 200, 'finalising')
      model.credit(m)
    },
    async dailyJob() {
      // EventBridge may deliver the same scheduled event twice, at once; either may die.
      const event = { time: now().toISOString() }
      const fault = armed
      armed = null
      const deliveries = [
        fault ? withFault(fault.kind, fault.at, () => dailyJob(event)) : dailyJob(event),
        dailyJob(event),
      ]
      faults.duplicateJob++
      await Promise.allSettled(deliveries)
      await localJobs().drained()
      const oldest = addMonths(monthOf(now()), -MONTHS_BACK)
      for (const m of monthsWhere('published'))
        if (windowClosed(m) && m.openObjections === 0 && m.month >= oldest) {
          options.trace?.(`${step} daily job finalises ${m.villageId} ${m.month}`)
          model.credit(m)
        }
    },
    async awards() {
      const month = addMonths(monthOf(now()), -1)
      const quarter = quarterOf(rng.pick([month, addMonths(month, -3)]))
      const url = `/v1/quarters/${quarter}/awards`
      let response = await request(town.admin, 'POST', url, undefined, true)
      if (lost(response)) response = await request(town.admin, 'POST', url, undefined, true)
      if (model.quarterMissing(quarter).length > 0)
        return expectRefusal(response, ['NOT_READY'], 'awards before the quarter is final')
      expect(response, 200, 'giving awards')
      if (model.awarded.has(quarter)) return
      model.awarded.add(quarter)
      for (const [householdId, share] of model.awardShares(quarter))
        model.households.get(householdId)!.balance += share
    },
    async restrict() {
      const h = rng.pick(households())
      const response = await request(
        town.admin,
        'POST',
        `/v1/households/${h.id}/restrictions`,
        { type: 'no_redemption', reason: '失信', from: today() },
        true,
      )
      const ids = lost(response)
        ? expect(await request(town.admin, 'GET', `/v1/households/${h.id}`), 200, 'a household')
            .restrictions.map((r: { id: string }) => r.id)
            .filter((id: string) => !model.restrictions.has(id))
        : [expect(response, 201, 'a restriction').id]
      for (const id of ids)
        model.restrictions.set(id, { id, householdId: h.id, from: today(), lifted: false })
    },
    async lift() {
      const r = [...model.restrictions.values()].find((x) => !x.lifted)
      if (!r) return
      const response = await request(town.admin, 'POST', `/v1/restrictions/${r.id}/lift`, {
        reason: '已整改',
      })
      // Lifting takes no key: a retry after a lost answer finds it lifted (nobody else lifts).
      if (response.status === 409) expectRefusal(response, ['INVALID_STATE'], 'lifting again')
      else expect(response, 200, 'lifting a restriction')
      r.lifted = true
    },
  }

  const voiding = new Set<string>()
  const counter: Record<keyof typeof COUNTER, () => Promise<void>> = {
    async redeem() {
      const h = rng.pick(households())
      const lines = rng
        .some([...model.goods.values()], 2)
        .map((g) => ({ itemId: g.id, qty: rng.int(1, 3) }))
      if (lines.length === 0) return
      const code = expect(
        await request(h.member, 'POST', `/v1/households/${h.id}/pay-code`),
        201,
        'a pay code',
      ).code
      const response = await request(
        town.clerk,
        'POST',
        `/v1/shops/${town.shopId}/redemptions`,
        { code, lines },
        true,
      )
      if (model.restricted(h.id, today()))
        return expectRefusal(response, ['RESTRICTED'], 'a restricted household buying')
      if (response.status === 409 && !lost(response))
        return expectRefusal(response, ['INSUFFICIENT_BEANS', 'OUT_OF_STOCK'], 'a redemption')
      const receipt = lost(response)
        ? await lastReceipt(h, lines)
        : expect(response, 201, 'a redemption')
      const total = lines.reduce((sum, l) => sum + model.goods.get(l.itemId)!.price * l.qty, 0)
      if (receipt.total !== total) fail(`receipt of ${receipt.total}, the model ${total}`)
      h.balance -= total
      for (const l of lines) {
        const good = model.goods.get(l.itemId)!
        if (good.stock !== null) good.stock -= l.qty
      }
      model.spentCodes.add(code)
      model.receipts.set(receipt.id, {
        id: receipt.id,
        householdId: h.id,
        total,
        lines,
        day: today(),
        voided: false,
      })
    },
    async reuseCode() {
      const code = [...model.spentCodes].at(-1)
      if (!code) return
      const good = [...model.goods.values()][0]!
      const response = await request(
        town.clerk,
        'POST',
        `/v1/shops/${town.shopId}/redemptions`,
        { code, lines: [{ itemId: good.id, qty: 1 }] },
        true,
      )
      expectRefusal(response, ['CODE_USED', 'CODE_EXPIRED'], 'a pay code used twice')
    },
    async void() {
      const r = rng.maybe([...model.receipts.values()].slice(-5))
      if (!r) return
      // Two counters may void the same receipt at once: one of them does.
      const rival = voiding.has(r.id)
      voiding.add(r.id)
      const response = await request(
        town.clerk,
        'POST',
        `/v1/redemptions/${r.id}/void`,
        { reason: '退货' },
        true,
      ).finally(() => !rival && voiding.delete(r.id))
      if (response.status === 409 && (r.voided || rival || r.day !== today()))
        return expectRefusal(response, ['INVALID_STATE'], 'a void of a voided or old receipt')
      if (!lost(response)) expect(response, 200, 'a void')
      if (r.voided) fail(`receipt ${r.id} voided twice`)
      r.voided = true
      model.households.get(r.householdId)!.balance += r.total
      for (const l of r.lines) {
        const good = model.goods.get(l.itemId)!
        if (good.stock !== null) good.stock += l.qty
      }
    },
    async adjust() {
      const h = rng.pick(households())
      const amount = rng.pick([-3, 5, 10, 20])
      const response = await request(
        town.admin,
        'POST',
        `/v1/households/${h.id}/adjustments`,
        { amount, reason: '核对更正' },
        true,
      )
      if (!lost(response)) expect(response, 201, 'an adjustment')
      h.balance += amount
    },
  }

  /** The receipt a redemption whose answer was lost wrote: the household's newest posting's source. */
  async function lastReceipt(h: Household, lines: { itemId: string; qty: number }[]) {
    const ledger = expect(
      await request(h.member, 'GET', `/v1/households/${h.id}/ledger`),
      200,
      'a ledger',
    )
    const newest = ledger.items[0]
    if (newest?.kind !== 'redemption') fail(`a lost redemption left no posting for ${h.id}`)
    const total = lines.reduce((sum, l) => sum + model.goods.get(l.itemId)!.price * l.qty, 0)
    return { id: newest.source.id, total }
  }
  function overCap(h: Household, code: string, quantity: number) {
    const cap = indicatorCaps.get(code)
    return cap != null && model.capUsed(h.id, code, monthOf(now())) + quantity > cap
  }
  function record(h: Household, code: string, quantity: number, id: string) {
    const points = indicatorPoints.get(code)! * quantity
    model.entries.set(id, {
      id,
      householdId: h.id,
      villageId: h.villageId,
      month: monthOf(now()),
      code,
      dimension: indicatorDimensions.get(code)!,
      quantity,
      points,
      status: 'pending',
    })
  }
  function acceptEntry(h: Household, code: string, quantity: number, response: Response) {
    if (overCap(h, code, quantity))
      return expectRefusal(response, ['CAP_EXCEEDED'], 'an entry over its cap')
    const created = expect(response, 201, 'an entry')
    if (created.points !== indicatorPoints.get(code)! * quantity)
      fail(`entry of ${created.points} points, the model ${indicatorPoints.get(code)! * quantity}`)
    record(h, code, quantity, created.id)
  }
  async function review(decision: 'approve' | 'reject') {
    const e = rng.maybe(entriesWhere('pending').slice(0, 6))
    if (!e) return
    const response = await request(
      town.admin,
      'POST',
      `/v1/entries/${e.id}/${decision}`,
      decision === 'reject' ? { reason: '证据不足' } : undefined,
    )
    // A retry after a reply that was lost finds the review already done.
    const status = expect(
      response.status === 409 ? await request(town.admin, 'GET', `/v1/entries/${e.id}`) : response,
      200,
      `${decision} an entry`,
    ).status
    if (status !== (decision === 'approve' ? 'approved' : 'rejected'))
      fail(`entry ${e.id} is ${status} after ${decision}`)
    e.status = status
  }

  const indicators = expect(
    await call('GET', '/v1/indicators', { token: town.admin.token }),
    200,
    'the catalogue',
  ).items as { code: string; points: number; monthlyCap: number | null; dimension: string }[]
  const indicatorPoints = new Map(indicators.map((i) => [i.code, i.points]))
  const indicatorCaps = new Map(indicators.map((i) => [i.code, i.monthlyCap]))
  const indicatorDimensions = new Map(
    indicators.map((i) => [i.code, i.dimension as Entry['dimension']]),
  )

  // The full ledger check reads the whole table: often in short runs, 50 times in long ones.
  const ledgerEvery = Math.max(100, Math.round(ops / 50))
  for (step = 1; step <= ops;) {
    const solo = rng.chance(0.35)
    const batch: (() => Promise<void>)[] = []
    if (solo) batch.push(office[rng.weighted(OFFICE)])
    const counters = solo ? 0 : rng.int(1, 2)
    for (let c = 0; c < counters; c++) batch.push(counter[rng.weighted(COUNTER)])
    // One fault at a time, under the first operation of the step.
    armed =
      rng.int(1, faultEvery) === 1
        ? { kind: rng.pick(['throttle', 'lostReply', 'crash'] as const), at: rng.int(0, 6) }
        : null
    const done = await Promise.allSettled(batch.map((op) => op()))
    const broken = done.find((d) => d.status === 'rejected')
    if (broken) {
      const reason = (broken as PromiseRejectedResult).reason
      if (reason instanceof SimFailure) throw reason
      fail(String(reason?.stack ?? reason))
    }
    armed = null
    await holdsTheModel(town, model, fail)
    step += batch.length
    if (step % ledgerEvery < batch.length) {
      await ledgerHolds(fail)
      options.log?.(
        `seed ${seed}: ${step} operations, ${Math.round((Date.now() - started) / 1000)} s`,
      )
    }
  }
  await ledgerHolds(fail)
  return {
    seed,
    ops,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    faults,
    outcomes,
    postings: (await checkLedger(engine(), table())).postings,
  }
}

/** The engine itself, for the ledger check's scan. */
let scanner: ReturnType<typeof localClient> | undefined
const engine = () => (scanner ??= localClient(env().dynamoEndpoint!))

let installed = false
function installFaultsOnce() {
  if (installed) return
  installFaults(db())
  installed = true
}

const setTownClock = (townId: string, offsetMs: number) =>
  db().send(
    new UpdateCommand({
      TableName: table(),
      Key: townKey(townId),
      UpdateExpression: 'SET clockOffsetMs = :o',
      ExpressionAttributeValues: { ':o': offsetMs },
    }),
  )

/** After every step: each household's balance is the model's and never below zero by a redemption; stock is the model's. */
async function holdsTheModel(town: Town, model: Model, fail: (m: string) => never) {
  const households = [...model.households.values()]
  const { Responses } = await db().send(
    new BatchGetCommand({
      RequestItems: {
        [table()]: {
          Keys: [
            ...households.map((h) => ({ PK: `HH#${h.id}`, SK: 'BALANCE' })),
            ...[...model.goods.keys()].map((id) => ({
              PK: `SHOP#${town.shopId}`,
              SK: `ITEM#${id}`,
            })),
          ],
        },
      },
    }),
  )
  const items = Responses?.[table()] ?? []
  for (const h of households) {
    const balance = (items.find((i) => i.PK === `HH#${h.id}`)?.balance as number) ?? 0
    if (balance !== h.balance) {
      const postings = (await allPostings(h.id)).map((p) => `${p.kind} ${p.amount} ${p.source.id}`)
      const entries = [...model.entries.values()]
        .filter((e) => e.householdId === h.id)
        .map((e) => `${e.month} ${e.code}×${e.quantity} ${e.status}`)
      const months = [...model.months.values()]
        .filter((m) => m.villageId === h.villageId)
        .map((m) => `${m.month} ${m.status} ${m.beans.get(h.id)}`)
      fail(
        `household ${h.id} holds ${balance}, the model ${h.balance}; postings: ${postings.join(', ')}; entries: ${entries.join(', ')}; months: ${months.join(', ')}`,
      )
    }
  }
  for (const good of model.goods.values()) {
    const stored = items.find((i) => i.SK === `ITEM#${good.id}`)
    if (!stored) fail(`item ${good.id} is missing`)
    if ((stored!.stock ?? null) !== good.stock)
      fail(`item ${good.id} has stock ${stored!.stock}, the model ${good.stock}`)
  }
}

/** The town office's audit: every posting claimed once and sourced, balances and flows agree. */
async function ledgerHolds(fail: (m: string) => never) {
  const verdict = await checkLedger(engine(), table())
  if (verdict.problems.length > 0)
    fail(`the ledger check: ${verdict.problems.slice(0, 5).join('; ')}`)
}

/** 10:00 in Shanghai on the first day of next month (server time runs on from there). */
function firstOfNextMonth(): number {
  const next = addMonths(monthOf(new Date()), 1)
  return new Date(`${next}-01T10:00:00+08:00`).getTime()
}

/** A town of two villages, each of 2 grids × 2 groups × 2 households, a member of each, a shop and its clerk. */
async function setUp(rng: Random, model: Model, config: TownConfig): Promise<Town> {
  const must = async (
    status: number,
    method: string,
    url: string,
    token?: string,
    body?: unknown,
  ) => {
    const response = await call(method, url, { token, body })
    if (response.status !== status)
      throw new Error(
        `setting up: ${method} ${url} → ${response.status} ${JSON.stringify(response.body)}`,
      )
    return response.body
  }
  const { townId, adminToken } = await must(201, 'POST', '/v1/dev/towns', undefined, {
    name: '模拟镇',
  })
  const admin = { id: (await must(200, 'GET', '/v1/me', adminToken)).id, token: adminToken }
  await must(200, 'PUT', '/v1/config', adminToken, config)
  let phone = 13_900_000_000 + rng.int(0, 9_000_000) * 100
  const signIn = async (body: object) => {
    const number = String(phone++)
    const { id } = await must(201, 'POST', '/v1/people', adminToken, {
      name: '模拟',
      phone: number,
      ...body,
    })
    const { token } = await must(200, 'POST', '/v1/auth/dev', undefined, { phone: number, townId })
    return { id: id as string, token: token as string }
  }
  const villages: string[] = []
  for (const name of ['东村', '西村']) {
    const { id: villageId } = await must(201, 'POST', '/v1/villages', adminToken, { name })
    villages.push(villageId)
    for (let g = 0; g < 2; g++) {
      const { id: gridId } = await must(
        201,
        'POST',
        `/v1/villages/${villageId}/grids`,
        adminToken,
        {
          name: `网格${g + 1}`,
        },
      )
      for (let k = 0; k < 2; k++) {
        const { id: groupId } = await must(201, 'POST', `/v1/grids/${gridId}/groups`, adminToken, {
          name: `小组${k + 1}`,
        })
        for (let n = 0; n < 2; n++) {
          const { id } = await must(201, 'POST', `/v1/groups/${groupId}/households`, adminToken, {
            headName: `户主${model.households.size + 1}`,
          })
          const member = await signIn({ householdId: id })
          model.households.set(id, { id, villageId, gridId, groupId, member, balance: 0 })
        }
      }
    }
  }
  const { id: shopId } = await must(201, 'POST', '/v1/shops', adminToken, {
    name: '共富超市',
    kind: 'supermarket',
    villageIds: villages,
  })
  for (const [name, price, stock] of [
    ['肥皂', 2, undefined],
    ['食用油', 5, 30],
    ['大米', 10, 12],
  ] as const) {
    const { id } = await must(201, 'POST', `/v1/shops/${shopId}/items`, adminToken, {
      name,
      price,
      stock,
    })
    model.goods.set(id, { id, price, stock: stock ?? null })
  }
  const clerk = await signIn({})
  await must(201, 'POST', '/v1/roles', adminToken, {
    personId: clerk.id,
    role: 'clerk',
    scopeId: shopId,
  })
  const recorder = await signIn({})
  for (const scopeId of villages)
    await must(201, 'POST', '/v1/roles', adminToken, {
      personId: recorder.id,
      role: 'infoAdmin',
      scopeId,
    })
  return { townId, admin, recorder, clerk, shopId, villages }
}
