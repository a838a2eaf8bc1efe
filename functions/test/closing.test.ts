import { beforeAll, describe, expect, it } from '@jest/globals'
import { call } from './api'
import { approvedEntries, ok, orgTown, person } from './fixtures'

type Published = { householdId: string; score: number; blended: number | null; beans: number }

/**
 * 注销 (SPEC §2): a household closed after September's publication and before October's.
 * H1 (whose member leads G1) and H2 make up G1; FZ-03 is +3 a unit.
 */
describe('a closed household', () => {
  type Town = Awaited<ReturnType<typeof orgTown>>
  let town: Town
  let admin: string
  let member: Awaited<ReturnType<typeof person>>
  const publish = (month: string) =>
    ok(200, 'POST', `/v1/villages/${town.V1}/months/${month}/publish`, { token: town.adminToken })
  const byHousehold = (month: { households: Published[] }) =>
    Object.fromEntries(month.households.map((h) => [h.householdId, h]))

  beforeAll(async () => {
    town = await orgTown()
    await person(town, { householdId: town.H1, role: 'linkLeader', scopeId: town.G1 })
    member = await person(town, { householdId: town.H2 })
    admin = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    await approvedEntries(town, admin, '2026-09', { [town.H1]: 1, [town.H2]: 5 })
    await approvedEntries(town, admin, '2026-10', { [town.H1]: 1, [town.H2]: 5 })
    await ok(201, 'POST', `/v1/households/${town.H2}/adjustments`, {
      token: town.adminToken,
      body: { amount: 20, reason: '旧账' },
    })
  }, 60_000)

  it('counts in the month published before its closing: G1 averages both households', async () => {
    const september = byHousehold(await publish('2026-09'))
    // Past the objection window, September is settled: H2 is credited its 15 beans.
    await ok(200, 'POST', '/v1/dev/clock', {
      token: town.adminToken,
      body: { offsetMs: 8 * 86_400_000 },
    })
    await ok(200, 'POST', `/v1/villages/${town.V1}/months/2026-09/finalize`, {
      token: town.adminToken,
    })

    // S: H1 3, H2 15. G1: T = 18, n = 2, A = 9. H1 leads G1: L = 0.5·3 + 0.5·9 = 6.
    expect(september[town.H1]).toMatchObject({ score: 3, blended: 6, beans: 6 })
    expect(september[town.H2]).toMatchObject({ score: 15, beans: 15 })
  })

  it('closes once, with the reason, audited; a second close is 409', async () => {
    const closed = await ok(200, 'POST', `/v1/households/${town.H2}/close`, {
      token: admin,
      body: { reason: '全家迁往县城' },
    })
    const again = await call('POST', `/v1/households/${town.H2}/close`, {
      token: admin,
      body: { reason: '再来一次' },
    })
    const noReason = await call('POST', `/v1/households/${town.H1}/close`, {
      token: admin,
      body: { reason: ' ' },
    })
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${town.H2}&action=household.close`, {
      token: town.adminToken,
    })

    expect(closed).toEqual({ id: town.H2, status: 'closed' })
    expect([again.status, again.body.error.code]).toEqual([409, 'INVALID_STATE'])
    expect([noReason.status, noReason.body.error.details[0].path]).toEqual([400, 'reason'])
    expect(audit.items).toHaveLength(1)
    expect(audit.items[0].after.closed.reason).toBe('全家迁往县城')
    expect(audit.items[0].before.closed).toBeUndefined()
  })

  it('drops out of the next month: G1 is H1 alone and H1’s blend follows', async () => {
    const october = await publish('2026-10')
    const households = byHousehold(october)

    // H2's approved October entry no longer counts. G1: T = 3, n = 1, A = 3; L = 0.5·3 + 0.5·3 = 3.
    expect(households[town.H2]).toBeUndefined()
    expect(households[town.H1]).toMatchObject({ score: 3, blended: 3, beans: 3 })
    expect(october.groups).toContainEqual({ id: town.G1, total: 3, average: 3 })
    // M1 is H1 and H3 now: T = 3, n = 2, A = 1.5 (with H2 it would have been 18 / 3 = 6).
    expect(october.grids).toContainEqual({ id: town.M1, total: 3, average: 1.5 })
  })

  it('keeps its past publication and its balance, spendable by its members', async () => {
    const september = await ok(200, 'GET', `/v1/villages/${town.V1}/months/2026-09`, {
      token: town.adminToken,
    })
    const household = await ok(200, 'GET', `/v1/households/${town.H2}`, { token: admin })
    const payCode = await call('POST', `/v1/households/${town.H2}/pay-code`, {
      token: member.token,
    })

    expect(byHousehold(september)[town.H2]).toMatchObject({ score: 15, beans: 15 })
    // 20 of the town's adjustment and September's 15.
    expect(household).toMatchObject({ balance: 35, closed: { reason: '全家迁往县城' } })
    expect(payCode.status).toBe(201)
  })

  it('leaves the village’s counts, lists and honours, and takes no new entries or members', async () => {
    const village = await ok(200, 'GET', `/v1/villages/${town.V1}`, { token: town.adminToken })
    const listed = await ok(200, 'GET', `/v1/villages/${town.V1}/households`, { token: admin })
    const entry = await call('POST', '/v1/entries', {
      token: admin,
      body: { householdId: town.H2, indicatorCode: 'FZ-03', occurredOn: '2026-11-10' },
    })
    const honours = await ok(200, 'GET', `/v1/years/2026/honours?villageId=${town.V1}`, {
      token: town.adminToken,
    })
    const joining = await call('POST', '/v1/people', {
      token: admin,
      body: { name: '新来的', householdId: town.H2 },
    })

    const g1 = village.grids
      .flatMap((g: { groups: object[] }) => g.groups)
      .find((g: { id: string }) => g.id === town.G1)
    expect(g1.households).toBe(1)
    expect(listed.items.map((h: { id: string }) => h.id)).not.toContain(town.H2)
    // H2's 15 beans of September would have topped the year; closed, it is not ranked at all.
    const ranked = [...honours.items, ...(honours.excluded ?? [])].map(
      (h: { householdId: string }) => h.householdId,
    )
    expect(ranked).not.toContain(town.H2)
    expect(honours.items[0].householdId).toBe(town.H1)
    expect([entry.status, entry.body.error.code]).toEqual([409, 'INVALID_STATE'])
    expect([joining.status, joining.body.error.code]).toEqual([409, 'INVALID_STATE'])
  })
})
