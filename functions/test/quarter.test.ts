import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_TOWN_CONFIG } from '@jifenbao/shared'
import { call } from './api'
import { approvedEntries, ok, orgTown, person } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>

/** Enters, approves, publishes and finalises a village-month (objection window 0 days). */
async function closeMonth(
  town: Town,
  submitter: string,
  villageId: string,
  month: string,
  quantities: Record<string, number>,
) {
  await approvedEntries(town, submitter, month, quantities)
  await ok(200, 'POST', `/v1/villages/${villageId}/months/${month}/publish`, {
    token: town.adminToken,
  })
  await ok(200, 'POST', `/v1/villages/${villageId}/months/${month}/finalize`, {
    token: town.adminToken,
  })
}

/**
 * 2026-Q3 across two villages. FZ-03 is +3 per unit, FZ-12 −2; no household leads, so each
 * monthly amount is its raw score. Quarter amounts: H1 6 − 2 = 4, H2 3, H3 3, H4 12, H5 12.
 */
describe('the quarter’s medals and awards', () => {
  let town: Town
  const balance = async (h: string) =>
    (await ok(200, 'GET', `/v1/households/${h}/ledger`, { token: town.adminToken })).balance

  beforeAll(async () => {
    town = await orgTown()
    const awards = {
      grid: { gold: 500, silver: 300, bronze: 100 },
      group: { gold: 100, silver: 60, bronze: 31 },
    }
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0, awards },
    })
    const v1 = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    const v2 = (await person(town, { role: 'infoAdmin', scopeId: town.V2 })).token
    await closeMonth(town, v1, town.V1, '2026-07', { [town.H1]: 2, [town.H3]: 1 })
    await closeMonth(town, v2, town.V2, '2026-07', { [town.H5]: 3 })
    await closeMonth(town, v1, town.V1, '2026-08', { [town.H2]: 1, [town.H4]: 4 })
    await closeMonth(town, v2, town.V2, '2026-08', {})
    await closeMonth(town, v1, town.V1, '2026-09', { [town.H1]: -1 })
  }, 60_000)

  it('waits until every month of every village is final, naming what is missing', async () => {
    const early = await call('POST', '/v1/quarters/2026-Q3/awards', { token: town.adminToken })

    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_READY'])
    expect(early.body.error.details.missing).toEqual([
      { villageId: town.V2, month: '2026-09', status: 'open' },
    ])
  })

  it('ranks units across the town and splits each medal’s award over its households', async () => {
    await closeMonth(
      town,
      (await person(town, { role: 'infoAdmin', scopeId: town.V2 })).token,
      town.V2,
      '2026-09',
      { [town.H5]: 1 },
    )

    const result = await ok(200, 'POST', '/v1/quarters/2026-Q3/awards', { token: town.adminToken })
    const byId = (units: { id: string }[]) => Object.fromEntries(units.map((u) => [u.id, u]))

    // Grids (N = 3, gold to rank ⌈0.3⌉ = 1): M2 12 and M3 12 tie for gold; M1 10 ranks 3, past bronze (⌈1.5⌉ = 2).
    expect(byId(result.grids)).toMatchObject({
      [town.M2]: { total: 12, rank: 1, tier: 'gold', award: 500 },
      [town.M3]: { total: 12, rank: 1, tier: 'gold', award: 500 },
      [town.M1]: { total: 10, rank: 3, tier: null, award: 0 },
    })
    // Groups (N = 5: gold 1, silver 2, bronze 3): G3 and G4 gold, G1 (7) bronze, G2 and empty G5 nothing.
    expect(byId(result.groups)).toMatchObject({
      [town.G3]: { total: 12, rank: 1, tier: 'gold', award: 100 },
      [town.G4]: { total: 12, rank: 1, tier: 'gold', award: 100 },
      [town.G1]: { total: 7, rank: 3, tier: 'bronze', award: 31 },
      [town.G2]: { total: 3, rank: 4, tier: null, award: 0 },
      [town.G5]: { total: 0, rank: 5, tier: null, award: 0 },
    })
    // G1's 31 beans: 15 each to H1 and H2, the odd bean to H1 (quarter amount 4 > 3).
    expect(await Promise.all([town.H1, town.H2, town.H3, town.H4, town.H5].map(balance))).toEqual([
      4 + 16,
      3 + 15,
      3,
      12 + 500 + 100,
      12 + 500 + 100,
    ])
  })

  it('gives them once: a second run answers the same and credits nothing', async () => {
    const before = await Promise.all([town.H1, town.H4].map(balance))

    const again = await ok(200, 'POST', '/v1/quarters/2026-Q3/awards', { token: town.adminToken })
    const rankings = await ok(200, 'GET', '/v1/quarters/2026-Q3/rankings?level=group', {
      token: town.adminToken,
    })

    expect(await Promise.all([town.H1, town.H4].map(balance))).toEqual(before)
    expect(again.groups.find((g: { id: string }) => g.id === town.G1).award).toBe(31)
    expect([rankings.complete, rankings.awarded]).toEqual([true, true])
    expect(rankings.items).toHaveLength(5)
  })

  it('honours the village’s top households of the year, skipping the negative list', async () => {
    const leader = await person(town, { role: 'villageLeader', scopeId: town.V1 })
    const villager = await person(town, { householdId: town.H2 })
    await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '党员', householdId: town.H2, partyMember: true },
    })

    const before = await ok(200, 'GET', `/v1/years/2026/honours?villageId=${town.V1}`, {
      token: villager.token,
    })
    await ok(201, 'POST', `/v1/households/${town.H4}/restrictions`, {
      token: leader.token,
      body: { type: 'no_honours', reason: '违法被处罚', from: '2026-01-01' },
    })
    const after = await ok(200, 'GET', `/v1/years/2026/honours?villageId=${town.V1}`, {
      token: villager.token,
    })

    // V1 has 4 households: ⌈10% × 4⌉ = 1 place. H4 earned 612; once excluded, H1 (20) of 3 eligible.
    expect(before.items).toEqual([{ householdId: town.H4, headName: '赵*', earned: 612, rank: 1 }])
    expect(after.items).toEqual([{ householdId: town.H1, headName: '张*华', earned: 20, rank: 1 }])
    expect(after.partyMembers).toEqual([
      { householdId: town.H2, headName: '李*', earned: 18, rank: null, excluded: false },
    ])
    expect(after.excluded).toEqual([{ householdId: town.H4, headName: '赵*', earned: 612 }])
  })
})
