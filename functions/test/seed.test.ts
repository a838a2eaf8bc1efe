import { describe, expect, it } from '@jest/globals'
import { DEMO_BEANS_PER_POINT, DEMO_ITEMS, DEMO_TOWN_ID, seedDemoTown } from '../../infra/src/seed'
import { ok } from './fixtures'

/** `npm start`'s demo town, seeded into the test engine as on a first start. */
describe('the demo town', () => {
  it('is seeded once, with four months of 东尉村 and three of 西尉村 recorded, approved, published and finalised', async () => {
    const now = new Date('2026-11-26T04:00:00Z')
    expect(await seedDemoTown(now)).toBe(true)
    expect(await seedDemoTown(now)).toBe(false)

    const signIn = async (phone: string) =>
      (await ok(200, 'POST', '/v1/auth/dev', { body: { phone, townId: DEMO_TOWN_ID } })) as {
        token: string
        user: { householdId: string }
      }
    const villager = await signIn('13800000008')
    const { items: villages } = await ok(200, 'GET', '/v1/villages', villager)
    const dongwei = villages.find((v: { name: string }) => v.name === '东尉村')
    const month = await ok(200, 'GET', `/v1/villages/${dongwei.id}/months/2026-10`, villager)
    const mine = month.households.find(
      (h: { householdId: string }) => h.householdId === villager.user.householdId,
    )
    const household = await ok(200, 'GET', `/v1/households/${villager.user.householdId}`, villager)

    expect(month.status).toBe('final')
    expect(month.households).toHaveLength(22)
    expect(mine.beans).toBe(mine.score * DEMO_BEANS_PER_POINT)
    const earlier = await Promise.all(
      ['2026-09', '2026-08', '2026-07'].map((m) =>
        ok(200, 'GET', `/v1/villages/${dongwei.id}/months/${m}`, villager),
      ),
    )
    expect(earlier.map((m) => m.status)).toEqual(['final', 'final', 'final'])
    const beansOf = (m: { households: { householdId: string; beans: number }[] }) =>
      m.households.find((h) => h.householdId === villager.user.householdId)!.beans
    expect(household.balance).toBe([month, ...earlier].reduce((sum, m) => sum + beansOf(m), 0))
    // The demo villager can buy something at the shop with that month's beans.
    expect(household.balance).toBeGreaterThanOrEqual(Math.min(...DEMO_ITEMS.map((i) => i.price)))
    const admin = await signIn('13800000001')
    const { items } = await ok(
      200,
      'GET',
      `/v1/entries?villageId=${dongwei.id}&month=2026-10&status=approved`,
      admin,
    )
    expect(items.length).toBeGreaterThan(20)
    const board = await ok(200, 'GET', '/v1/dashboard', admin)
    const final = (name: string) =>
      board.months.filter(
        (m: { name: string; status: string }) => m.name === name && m.status === 'final',
      )
    expect([final('东尉村').length, final('西尉村').length]).toEqual([4, 3])
  }, 120_000)
})
