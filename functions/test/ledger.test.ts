import { describe, expect, it } from '@jest/globals'
import { townNow } from '../src/adapters/clock'
import { finalizeMonth } from '../src/services/month'
import { call } from './api'
import { ok, orgTown, publishedMonth } from './fixtures'

const balanceOf = async (token: string, householdId: string) =>
  (await ok(200, 'GET', `/v1/households/${householdId}/ledger`, { token })).balance

describe('finalising a month', () => {
  it('credits each household exactly once when a run fails half way and is run again', async () => {
    const town = await orgTown()
    // FZ-03 is +3 per unit, FZ-12 −2: H1 +3, H2 +6, H3 +9, H4 −2 beans.
    await publishedMonth(town, '2026-09', {
      [town.H1]: 1,
      [town.H2]: 2,
      [town.H3]: 3,
      [town.H4]: -1,
    })
    const actor = {
      personId: 'test',
      townId: town.townId,
      requestId: 'fault',
      now: await townNow(town.townId),
    }

    const crash = finalizeMonth(actor, town.townId, town.V1, '2026-09', (householdId) => {
      if (householdId === town.H3) throw new Error('injected fault at H3')
    })
    await expect(crash).rejects.toThrow('injected fault')
    const creditedBeforeRerun = await Promise.all(
      [town.H1, town.H2, town.H3, town.H4].map((h) => balanceOf(town.adminToken, h)),
    )
    const rerun = await ok(200, 'POST', `/v1/villages/${town.V1}/months/2026-09/finalize`, {
      token: town.adminToken,
    })
    const again = await ok(200, 'POST', `/v1/villages/${town.V1}/months/2026-09/finalize`, {
      token: town.adminToken,
    })

    expect(creditedBeforeRerun[2]).toBe(0)
    expect(rerun.status).toBe('final')
    expect(rerun.credited).toBe(creditedBeforeRerun.filter((balance) => balance === 0).length)
    expect(again).toEqual({ status: 'final', credited: 0 })
    expect(
      await Promise.all(
        [town.H1, town.H2, town.H3, town.H4].map((h) => balanceOf(town.adminToken, h)),
      ),
    ).toEqual([3, 6, 9, -2])
    const { items } = await ok(200, 'GET', `/v1/households/${town.H2}/ledger`, {
      token: town.adminToken,
    })
    expect(items).toHaveLength(1)
  })

  it('credits each household exactly once under concurrent runs', async () => {
    const town = await orgTown()
    await publishedMonth(town, '2026-08', {
      [town.H1]: 1,
      [town.H2]: 1,
      [town.H3]: 1,
      [town.H4]: 1,
    })

    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        call('POST', `/v1/villages/${town.V1}/months/2026-08/finalize`, { token: town.adminToken }),
      ),
    )

    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200])
    expect(runs.reduce((sum, r) => sum + r.body.credited, 0)).toBe(4)
    expect(
      await Promise.all(
        [town.H1, town.H2, town.H3, town.H4].map((h) => balanceOf(town.adminToken, h)),
      ),
    ).toEqual([3, 3, 3, 3])
  })
})

describe('adjustments', () => {
  it('lets the town admin correct a balance, below zero if need be, with a reason', async () => {
    const town = await orgTown()

    const adjustment = await ok(201, 'POST', `/v1/households/${town.H1}/adjustments`, {
      token: town.adminToken,
      body: { amount: -5, reason: '重复发放更正' },
    })
    const { balance, items } = await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, {
      token: town.adminToken,
    })
    const zero = await call('POST', `/v1/households/${town.H1}/adjustments`, {
      token: town.adminToken,
      body: { amount: 0, reason: '无' },
    })

    expect(adjustment).toMatchObject({
      kind: 'adjustment',
      amount: -5,
      balanceAfter: -5,
      source: { type: 'adjustment', reason: '重复发放更正' },
    })
    expect(balance).toBe(-5)
    expect(items).toHaveLength(1)
    expect([zero.status, zero.body.error.details[0].path]).toEqual([400, 'amount'])
  })

  it('keeps balanceAfter exact under concurrent postings', async () => {
    const town = await orgTown()

    const posted = await Promise.all(
      Array.from({ length: 8 }, () =>
        ok(201, 'POST', `/v1/households/${town.H2}/adjustments`, {
          token: town.adminToken,
          body: { amount: 1, reason: '并发' },
        }),
      ),
    )

    expect(posted.map((p) => p.balanceAfter).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ])
    expect(await balanceOf(town.adminToken, town.H2)).toBe(8)
  })
})

describe('Idempotency-Key', () => {
  it('creates one entry for 10 concurrent identical requests, all answered with the same body', async () => {
    const town = await orgTown()
    const body = { householdId: town.H1, indicatorCode: 'FZ-03', occurredOn: '2026-11-02' }

    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', '/v1/entries', {
          token: town.adminToken,
          body,
          headers: { 'Idempotency-Key': 'k-1' },
        }),
      ),
    )
    const { items } = await ok(200, 'GET', `/v1/entries?householdId=${town.H1}`, {
      token: town.adminToken,
    })

    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(new Set(responses.map((r) => JSON.stringify(r.body))).size).toBe(1)
    expect(items).toHaveLength(1)
  })

  it('refuses the same key with another body, and stores no 400', async () => {
    const town = await orgTown()
    const headers = { 'Idempotency-Key': 'k-2' }
    const bad = await call('POST', '/v1/entries', {
      token: town.adminToken,
      body: { householdId: town.H1, indicatorCode: 'FZ-03', occurredOn: '2026-13-01' },
      headers,
    })
    const good = await call('POST', '/v1/entries', {
      token: town.adminToken,
      body: { householdId: town.H1, indicatorCode: 'FZ-03', occurredOn: '2026-11-01' },
      headers,
    })
    const other = await call('POST', '/v1/entries', {
      token: town.adminToken,
      body: { householdId: town.H2, indicatorCode: 'FZ-03', occurredOn: '2026-11-01' },
      headers,
    })

    expect(bad.status).toBe(400)
    expect(good.status).toBe(201)
    expect([other.status, other.body.error.code]).toEqual([409, 'IDEMPOTENCY_MISMATCH'])
  })

  it('replays a stored 409 refusal', async () => {
    const town = await orgTown()
    const headers = { 'Idempotency-Key': 'k-3' }
    const body = {
      householdId: town.H1,
      indicatorCode: 'ZZ-01',
      quantity: 2,
      occurredOn: '2026-11-01',
    }

    const first = await call('POST', '/v1/entries', { token: town.adminToken, body, headers })
    const second = await call('POST', '/v1/entries', { token: town.adminToken, body, headers })

    expect([first.status, first.body.error.code]).toEqual([409, 'CAP_EXCEEDED'])
    expect(second).toEqual(first)
  })
})
