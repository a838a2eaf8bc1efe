import { beforeAll, describe, expect, it } from '@jest/globals'
import { dateOf } from '@jifenbao/shared'
import { call } from './api'
import { ok, orgTown, person } from './fixtures'

const TODAY = dateOf(new Date())

/** A 共富超市 serving V1 with a clerk, and a villager of H1 holding `beans`. */
async function shopTown(beans: number) {
  const town = await orgTown()
  const shop = await ok(201, 'POST', '/v1/shops', {
    token: town.adminToken,
    body: { name: '共富超市', kind: 'supermarket', villageIds: [town.V1] },
  })
  const soap = await ok(201, 'POST', `/v1/shops/${shop.id}/items`, {
    token: town.adminToken,
    body: { name: '肥皂', price: 1 },
  })
  const oil = await ok(201, 'POST', `/v1/shops/${shop.id}/items`, {
    token: town.adminToken,
    body: { name: '食用油', price: 5, stock: 3 },
  })
  const clerk = await person(town, { role: 'clerk', scopeId: shop.id })
  const villager = await person(town, { householdId: town.H1 })
  if (beans)
    await ok(201, 'POST', `/v1/households/${town.H1}/adjustments`, {
      token: town.adminToken,
      body: { amount: beans, reason: '测试发放' },
    })
  return {
    town,
    shopId: shop.id as string,
    soap: soap.id as string,
    oil: oil.id as string,
    clerk,
    villager,
  }
}

const payCode = async (token: string, householdId: string) =>
  (await ok(201, 'POST', `/v1/households/${householdId}/pay-code`, { token })).code as string

describe('pay codes', () => {
  let s: Awaited<ReturnType<typeof shopTown>>
  beforeAll(async () => {
    s = await shopTown(10)
  })

  it('are short, expire in 60 s and are only for a member of the household', async () => {
    const { code, expiresAt } = await ok(201, 'POST', `/v1/households/${s.town.H1}/pay-code`, {
      token: s.villager.token,
    })
    const leader = await person(s.town, { role: 'linkLeader', scopeId: s.town.G1 })

    expect(code.length).toBeLessThan(120)
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000)
    expect(
      (await call('POST', `/v1/households/${s.town.H1}/pay-code`, { token: leader.token })).status,
    ).toBe(403)
  })

  it('scan as a masked name and a balance', async () => {
    const preview = await ok(200, 'POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: await payCode(s.villager.token, s.town.H1) },
    })

    expect(preview).toEqual({ householdId: s.town.H1, headName: '张*华', balance: 10 })
  })

  it('refuse the code of a member who has since left the roster', async () => {
    const member = await person(s.town, { householdId: s.town.H1 })
    const code = await payCode(member.token, s.town.H1)
    await ok(200, 'PATCH', `/v1/people/${member.id}`, {
      token: s.town.adminToken,
      body: { active: false, leftReason: '迁出' },
    })

    const scanned = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code },
    })

    expect(scanned.status).toBe(409)
    expect(scanned.body.error.code).toBe('INVALID_STATE')
  })

  it('refuse a forged, an expired and a used code', async () => {
    const code = await payCode(s.villager.token, s.town.H1)
    const forged = code.replace(s.town.H1, s.town.H2)
    await ok(201, 'POST', `/v1/shops/${s.shopId}/redemptions`, {
      token: s.clerk.token,
      body: { code, lines: [{ itemId: s.soap, qty: 1 }] },
    })

    const used = await call('POST', `/v1/shops/${s.shopId}/redemptions`, {
      token: s.clerk.token,
      body: { code, lines: [{ itemId: s.soap, qty: 1 }] },
    })
    const tampered = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: forged },
    })
    const old = await payCode(s.villager.token, s.town.H1)
    await ok(200, 'POST', '/v1/dev/clock', { token: s.town.adminToken, body: { offsetMs: 61_000 } })
    const expired = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: old },
    })
    await ok(200, 'POST', '/v1/dev/clock', { token: s.town.adminToken, body: { offsetMs: 0 } })

    expect([used.status, used.body.error.code]).toEqual([409, 'CODE_USED'])
    expect(
      (await call('POST', `/v1/shops/${s.shopId}/scan`, { token: s.clerk.token, body: { code } }))
        .body.error.code,
    ).toBe('CODE_USED')
    expect([tampered.status, tampered.body.error.code]).toEqual([400, 'CODE_INVALID'])
    expect([expired.status, expired.body.error.code]).toEqual([400, 'CODE_EXPIRED'])
  })
})

describe('redemption', () => {
  it('never spends below zero: 50 concurrent 1-bean redemptions on 20 beans make exactly 20 receipts', async () => {
    const s = await shopTown(20)
    const codes = await Promise.all(
      Array.from({ length: 50 }, () => payCode(s.villager.token, s.town.H1)),
    )

    const results = await Promise.all(
      codes.map((code) =>
        call('POST', `/v1/shops/${s.shopId}/redemptions`, {
          token: s.clerk.token,
          body: { code, lines: [{ itemId: s.soap, qty: 1 }] },
        }),
      ),
    )
    const ledger = await ok(200, 'GET', `/v1/households/${s.town.H1}/ledger`, {
      token: s.villager.token,
    })
    const today = await ok(200, 'GET', `/v1/shops/${s.shopId}/redemptions`, {
      token: s.clerk.token,
    })

    expect(results.filter((r) => r.status === 201)).toHaveLength(20)
    expect(
      results
        .filter((r) => r.status === 409)
        .every((r) => r.body.error.code === 'INSUFFICIENT_BEANS'),
    ).toBe(true)
    expect(results.filter((r) => r.status === 409)).toHaveLength(30)
    expect(ledger.balance).toBe(0)
    expect(ledger.items.filter((p: { kind: string }) => p.kind === 'redemption')).toHaveLength(20)
    expect(today.items).toHaveLength(20)
  }, 60_000)

  it('answers 10 concurrent retries with one Idempotency-Key with one receipt and identical bodies', async () => {
    const s = await shopTown(10)
    const body = {
      code: await payCode(s.villager.token, s.town.H1),
      lines: [{ itemId: s.oil, qty: 1 }],
    }

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', `/v1/shops/${s.shopId}/redemptions`, {
          token: s.clerk.token,
          body,
          headers: { 'Idempotency-Key': 'till-7' },
        }),
      ),
    )

    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1)
    expect(
      (await ok(200, 'GET', `/v1/households/${s.town.H1}/ledger`, { token: s.villager.token }))
        .balance,
    ).toBe(5)
  })

  it('takes stock and beans together, refuses beyond stock, and a void gives both back', async () => {
    const s = await shopTown(30)
    const receipt = await ok(201, 'POST', `/v1/shops/${s.shopId}/redemptions`, {
      token: s.clerk.token,
      body: {
        code: await payCode(s.villager.token, s.town.H1),
        lines: [
          { itemId: s.oil, qty: 2 },
          { itemId: s.soap, qty: 3 },
        ],
      },
    })
    const tooMany = await call('POST', `/v1/shops/${s.shopId}/redemptions`, {
      token: s.clerk.token,
      body: {
        code: await payCode(s.villager.token, s.town.H1),
        lines: [{ itemId: s.oil, qty: 2 }],
      },
    })
    const stockAfterSale = (
      await ok(200, 'GET', `/v1/shops/${s.shopId}/items`, { token: s.clerk.token })
    ).items.find((i: { id: string }) => i.id === s.oil).stock

    const voided = await ok(200, 'POST', `/v1/redemptions/${receipt.id}/void`, {
      token: s.clerk.token,
      body: { reason: '顾客退货' },
    })
    const again = await call('POST', `/v1/redemptions/${receipt.id}/void`, {
      token: s.clerk.token,
      body: { reason: '重复' },
    })
    const stockAfterVoid = (
      await ok(200, 'GET', `/v1/shops/${s.shopId}/items`, { token: s.clerk.token })
    ).items.find((i: { id: string }) => i.id === s.oil).stock
    const statement = await ok(
      200,
      'GET',
      `/v1/shops/${s.shopId}/statement?from=${TODAY}&to=${TODAY}`,
      { token: s.clerk.token },
    )

    expect(receipt).toMatchObject({ total: 13, balanceAfter: 17 })
    expect([tooMany.status, tooMany.body.error.code]).toEqual([409, 'OUT_OF_STOCK'])
    expect(stockAfterSale).toBe(1)
    expect(voided).toEqual({ id: receipt.id, status: 'voided', balanceAfter: 30 })
    expect(again.status).toBe(409)
    expect(stockAfterVoid).toBe(3)
    expect(statement).toMatchObject({ count: 0, beans: 0, lines: [] })
  })

  it('reports a period’s redemptions by item', async () => {
    const s = await shopTown(30)
    for (const qty of [1, 2]) {
      await ok(201, 'POST', `/v1/shops/${s.shopId}/redemptions`, {
        token: s.clerk.token,
        body: {
          code: await payCode(s.villager.token, s.town.H1),
          lines: [{ itemId: s.soap, qty }],
        },
      })
    }

    const statement = await ok(
      200,
      'GET',
      `/v1/shops/${s.shopId}/statement?from=${TODAY}&to=${TODAY}`,
      { token: s.clerk.token },
    )

    expect(statement).toMatchObject({
      count: 2,
      beans: 3,
      lines: [{ itemId: s.soap, name: '肥皂', qty: 3, beans: 3 }],
    })
  })

  it('refuses a household of a village the shop does not serve, and one on the negative list', async () => {
    const s = await shopTown(5)
    const outsider = await person(s.town, { householdId: s.town.H5 })
    const leader = await person(s.town, { role: 'villageLeader', scopeId: s.town.V1 })
    const notServed = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: await payCode(outsider.token, s.town.H5) },
    })

    const { id } = await ok(201, 'POST', `/v1/households/${s.town.H1}/restrictions`, {
      token: leader.token,
      body: { type: 'no_redemption', reason: '违反村规民约', from: '2026-01-01' },
    })
    const restricted = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: await payCode(s.villager.token, s.town.H1) },
    })
    const household = await ok(200, 'GET', `/v1/households/${s.town.H1}`, { token: leader.token })
    await ok(200, 'POST', `/v1/restrictions/${id}/lift`, {
      token: leader.token,
      body: { reason: '已整改' },
    })
    const lifted = await call('POST', `/v1/shops/${s.shopId}/scan`, {
      token: s.clerk.token,
      body: { code: await payCode(s.villager.token, s.town.H1) },
    })

    expect(notServed.status).toBe(403)
    expect([restricted.status, restricted.body.error.code]).toEqual([403, 'RESTRICTED'])
    expect(household.restrictions).toEqual([
      expect.objectContaining({ type: 'no_redemption', inForce: true }),
    ])
    expect(lifted.status).toBe(200)
  })

  it('keeps each clerk to the own shop', async () => {
    const a = await shopTown(5)
    const other = await ok(201, 'POST', '/v1/shops', {
      token: a.town.adminToken,
      body: { name: '银行网点', kind: 'bank' },
    })
    const otherClerk = await person(a.town, { role: 'clerk', scopeId: other.id })

    const response = await call('POST', `/v1/shops/${a.shopId}/scan`, {
      token: otherClerk.token,
      body: { code: await payCode(a.villager.token, a.town.H1) },
    })

    expect(response.status).toBe(403)
  })
})
