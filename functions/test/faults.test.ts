import { describe, expect, it } from '@jest/globals'
import { ulid } from 'ulid'
import { db } from '../src/data/client'
import { call } from './api'
import { ok, orgTown, person, shopDay } from './fixtures'
import { installFaults, letLeasePass, withFault } from './sim/faults'

installFaults(db())

describe('a request that dies part-way', () => {
  it('an adjustment killed at any of its steps is written once, however its key comes back', async () => {
    const town = await orgTown()
    const me = await ok(200, 'GET', '/v1/me', { token: town.adminToken })
    const adjust = (key: string) =>
      call('POST', `/v1/households/${town.H1}/adjustments`, {
        token: town.adminToken,
        body: { amount: 5, reason: '补记' },
        headers: { 'Idempotency-Key': key },
      })
    const answers: number[] = []
    for (let at = 0; at < 9; at++) {
      const key = ulid()
      const { result, struck } = await withFault('crash', at, () => adjust(key))
      if (!struck) {
        answers.push(result.status)
        continue
      }
      expect(result.status).toBe(500)
      await letLeasePass(me.id, key)
      const retry = await adjust(key)
      answers.push(retry.status)
      // Either it died before writing and the retry wrote, or it wrote and the retry is told.
      if (retry.status === 409) expect(retry.body.error.message).toMatch(/answer was lost/)
      else expect(retry.status).toBe(201)
    }
    const { balance, items } = await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, {
      token: town.adminToken,
    })
    expect(answers).toContain(409)
    expect(items).toHaveLength(9)
    expect(balance).toBe(45)
  })

  it('a throttled read (of the catalogue, the reporter…) is a failure to retry, never "no such indicator"', async () => {
    const town = await orgTown()
    const recorder = await person(town, { role: 'infoAdmin', scopeId: town.V1 })
    // Each of its requests in turn, until it makes fewer than that and succeeds.
    for (let at = 0; ; at++) {
      const { result, struck } = await withFault('throttle', at, () =>
        call('POST', '/v1/entries', {
          token: recorder.token,
          body: { householdId: town.H1, indicatorCode: 'FZ-03', occurredOn: '2026-10-10' },
        }),
      )
      if (!struck) return void expect(result.status).toBe(201)
      expect(result.status).toBe(500)
    }
  })

  it('two voids of one receipt at once: one voids it, the other is told it is voided', async () => {
    const town = await orgTown()
    await ok(201, 'POST', `/v1/households/${town.H1}/adjustments`, {
      token: town.adminToken,
      body: { amount: 20, reason: '补记' },
    })
    const { villager, clerk } = await shopDay(town)
    const soap = (await ok(200, 'GET', `/v1/shops/${town.S1}/items`, { token: clerk.token }))
      .items[0]
    const { code } = await ok(201, 'POST', `/v1/households/${town.H1}/pay-code`, {
      token: villager.token,
    })
    const receipt = await ok(201, 'POST', `/v1/shops/${town.S1}/redemptions`, {
      token: clerk.token,
      body: { code, lines: [{ itemId: soap.id, qty: 2 }] },
    })
    const voids = await Promise.all(
      [1, 2].map(() =>
        call('POST', `/v1/redemptions/${receipt.id}/void`, {
          token: clerk.token,
          body: { reason: '退货' },
        }),
      ),
    )
    expect(voids.map((v) => v.status).sort()).toEqual([200, 409])
    const { balance } = await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, {
      token: town.adminToken,
    })
    expect(balance).toBe(18)
  })
})
