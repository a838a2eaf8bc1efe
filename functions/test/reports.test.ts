import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_TOWN_CONFIG, monthOf } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { call } from './api'
import { approvedEntries, ok, orgTown, person, shopDay } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>

/**
 * 2025 of V1 (H1–H4) and V2 (H5), by hand. FZ-03 is +3 a time, FZ-12 −2 a time.
 *   07  V1: H1 +3, H2 +3, H3 −2          V2: H5 +3      both finalised
 *   08  V1: H4 +6                        V2: —          both finalised
 *   09  V1: H2 +3                        V2: H5 −2      both finalised; Q3 awarded
 *   10  V1: H1 +3 (published, not final)
 *   11  V1: H4 −2 (approved, month open)
 * H3's only entry is negative: never active. Q3 by total, town-wide (SPEC §6, N units:
 * gold the first ⌈0.1N⌉, silver to ⌈0.3N⌉, bronze to ⌈0.5N⌉): grids M1 7, M2 6, M3 1 (N 3)
 * give M1 gold 500 and M2 bronze 100; groups G1 9, G3 6, G4 1, G5 0, G2 −2 (N 5) give G1
 * gold 100, G3 silver 60, G4 bronze 30. So V1 is awarded 760 beans and V2 30.
 * This month H1 spends 2 beans at S1 (serving V1), and a second receipt is voided.
 */
describe('the activity report', () => {
  let town: Town
  let leader: string
  const thisMonth = monthOf(new Date())

  const report = (query: string, token = town.adminToken) =>
    ok(200, 'GET', `/v1/reports/activity?${query}`, { token })
  const row = (items: { villageId: string }[], villageId: string) =>
    items.find((i) => i.villageId === villageId)

  beforeAll(async () => {
    town = await orgTown()
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    const v1 = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    const v2 = (await person(town, { role: 'infoAdmin', scopeId: town.V2 })).token
    leader = (await person(town, { role: 'villageLeader', scopeId: town.V1 })).token
    const quarter: [string, Record<string, number>, Record<string, number>][] = [
      ['2025-07', { [town.H1]: 1, [town.H2]: 1, [town.H3]: -1 }, { [town.H5]: 1 }],
      ['2025-08', { [town.H4]: 2 }, {}],
      ['2025-09', { [town.H2]: 1 }, { [town.H5]: -1 }],
    ]
    for (const [month, first, second] of quarter) {
      await approvedEntries(town, v1, month, first)
      await approvedEntries(town, v2, month, second)
      for (const village of [town.V1, town.V2])
        for (const step of ['publish', 'finalize'])
          await ok(200, 'POST', `/v1/villages/${village}/months/${month}/${step}`, {
            token: town.adminToken,
          })
    }
    await ok(200, 'POST', '/v1/quarters/2025-Q3/awards', { token: town.adminToken })
    await approvedEntries(town, v1, '2025-10', { [town.H1]: 1 })
    await ok(200, 'POST', `/v1/villages/${town.V1}/months/2025-10/publish`, {
      token: town.adminToken,
    })
    await approvedEntries(town, v1, '2025-11', { [town.H4]: -1 })

    await shopDay(town)
  }, 120_000)

  it('a year: active households, entries and beans of every village, as counted by hand', async () => {
    const { items } = await report('year=2025')

    expect(row(items, town.V1)).toEqual({
      villageId: town.V1,
      name: '东尉村',
      households: 4,
      activeHouseholds: 3,
      activeShare: 0.75,
      entries: 7,
      entriesPerHousehold: 1.75,
      beansEarned: 13 + 760,
      beansSpent: 0,
    })
    expect(row(items, town.V2)).toEqual({
      villageId: town.V2,
      name: '西村',
      households: 1,
      activeHouseholds: 1,
      activeShare: 1,
      entries: 2,
      entriesPerHousehold: 2,
      beansEarned: 1 + 30,
      beansSpent: 0,
    })
  })

  it('a month: finalised, published, open, and the spending of this month', async () => {
    const july = row((await report('month=2025-07')).items, town.V1)
    const october = row((await report('month=2025-10')).items, town.V1)
    const november = row((await report('month=2025-11')).items, town.V1)
    const now = row((await report(`month=${thisMonth}`)).items, town.V1)

    expect(july).toMatchObject({ activeHouseholds: 2, activeShare: 0.5, entries: 3 })
    expect(july).toMatchObject({ entriesPerHousehold: 0.75, beansEarned: 4, beansSpent: 0 })
    // Published but not final: its entries count, its beans are not earned yet.
    expect(october).toMatchObject({ activeHouseholds: 1, entries: 1, beansEarned: 0 })
    // Still open: its approved entry counts; a negative one makes no one active.
    expect(november).toMatchObject({ activeHouseholds: 0, entries: 1, beansEarned: 0 })
    expect(now).toMatchObject({ entries: 0, beansSpent: 2 })
  })

  it('is the town’s, or one village’s for its office', async () => {
    expect((await report(`year=2025&villageId=${town.V1}`, leader)).items).toHaveLength(1)
    for (const query of ['year=2025', `year=2025&villageId=${town.V2}`])
      expect((await call('GET', `/v1/reports/activity?${query}`, { token: leader })).status).toBe(
        403,
      )
    const both = await call('GET', '/v1/reports/activity?year=2025&month=2025-07', {
      token: town.adminToken,
    })
    expect(both.status).toBe(400)
    expect(both.body.error.details[0].path).toBe('month')
  })

  it('the spreadsheet: a row per village as the report answers, then the town’s totals', async () => {
    const { items } = await report('year=2025')
    const response = await call<Buffer>('GET', '/v1/exports/activity.xlsx?year=2025', {
      token: town.adminToken,
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(response.body as unknown as ArrayBuffer)
    const rows = (book.worksheets[0]!.getSheetValues().slice(1) as unknown[][]).map((r) =>
      r.slice(1),
    )

    expect(decodeURIComponent(String(response.headers?.['content-disposition']))).toContain(
      '测试镇2025年活跃度报表.xlsx',
    )
    expect(rows[0]).toEqual([
      '村',
      '农户',
      '活跃户',
      '活跃率',
      '记分条数',
      '户均条数',
      '获得山药豆',
      '兑换山药豆',
    ])
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]))
    for (const i of items as { name: string }[])
      expect(byName.get(i.name)).toEqual(Object.values(i).slice(1))
    expect(rows.at(-1)).toEqual(['合计', 5, 4, 0.8, 9, 1.8, 773 + 31, 0])
  })
})
