import { beforeAll, describe, expect, it } from '@jest/globals'
import { addMonths, DEFAULT_TOWN_CONFIG, monthOf } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { call } from './api'
import { approvedEntries, nextPhone, ok, orgTown, person, shopDay } from './fixtures'

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
describe('the reports and the dashboard', () => {
  let town: Town
  let leader: string
  const thisMonth = monthOf(new Date())
  const firstOfTwelve = addMonths(thisMonth, -11)
  const lastMonth = addMonths(thisMonth, -1)

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
    await assessmentYear(v2)
    await lastTwelveMonths(v1, v2)
  }, 180_000)

  const post = (url: string, body?: unknown) =>
    ok(201, 'POST', url, { token: town.adminToken, body })

  /**
   * The rest of 2025 for the assessment:
   * - party members: A in H1 (Σ S 3), B in H2 (3 + 3), C in H3 (−2), D in H2 who left,
   *   E in H5 (3 − 2): V1 counts 3 averaging 7 / 3, V2 1 averaging 1;
   * - restrictions: H3 from March, lifted now (counted); H4 all of 2024 and H1 from 2026
   *   (not counted); H5 from November (counted);
   * - V2's December published with a 3-day window and H5 +3: three objections, one upheld
   *   (voiding the entry, so the year's figures do not change), one dismissed, one open.
   */
  async function assessmentYear(v2: string) {
    const partyMember = (householdId: string) =>
      post('/v1/people', { name: '党员', phone: nextPhone(), householdId, partyMember: true })
    for (const h of [town.H1, town.H2, town.H3, town.H5]) await partyMember(h)
    const gone = await partyMember(town.H2)
    await ok(200, 'PATCH', `/v1/people/${gone.id}`, {
      token: town.adminToken,
      body: { active: false, leftReason: '迁出' },
    })
    const restrict = (householdId: string, from: string, to?: string) =>
      post(`/v1/households/${householdId}/restrictions`, {
        type: 'no_welfare',
        reason: '负面清单',
        from,
        to,
      })
    const lifted = await restrict(town.H3, '2025-03-01')
    await ok(200, 'POST', `/v1/restrictions/${lifted.id}/lift`, {
      token: town.adminToken,
      body: { reason: '已整改' },
    })
    await restrict(town.H4, '2024-01-01', '2024-12-31')
    await restrict(town.H1, '2026-01-01')
    await restrict(town.H5, '2025-11-01')

    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 3 },
    })
    const entry = await ok(201, 'POST', '/v1/entries', {
      token: v2,
      body: { householdId: town.H5, indicatorCode: 'FZ-03', quantity: 1, occurredOn: '2025-12-10' },
    })
    await ok(200, 'POST', `/v1/entries/${entry.id}/approve`, { token: town.adminToken })
    await ok(200, 'POST', `/v1/villages/${town.V2}/months/2025-12/publish`, {
      token: town.adminToken,
    })
    const villager = (await person(town, { householdId: town.H5 })).token
    const objections = []
    for (const reason of ['记错了', '不认可', '再核实'])
      objections.push(
        await ok(201, 'POST', `/v1/villages/${town.V2}/months/2025-12/objections`, {
          token: villager,
          body: { householdId: town.H5, entryId: entry.id, reason },
        }),
      )
    const resolve = (id: string, body: object) =>
      ok(200, 'POST', `/v1/objections/${id}/resolve`, { token: town.adminToken, body })
    await resolve(objections[0].id, { decision: 'upheld', voidEntryIds: [entry.id], note: '核实' })
    await resolve(objections[1].id, { decision: 'dismissed', note: '无误' })
  }

  /**
   * The last twelve months, for the dashboard: V1's first of them (H1 +3) finalised, an
   * entry of V1 waiting for review this month, V2's last month published with an objection
   * open, and an
   * adjustment of +5 to H5. With 2025 and this month's 2 beans spent, the households hold
   * 13 + 760 + 3 − 2 in V1 and 1 + 30 + 5 in V2.
   */
  async function lastTwelveMonths(v1: string, v2: string) {
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    await approvedEntries(town, v1, `${firstOfTwelve}`, { [town.H1]: 1 })
    for (const step of ['publish', 'finalize'])
      await ok(200, 'POST', `/v1/villages/${town.V1}/months/${firstOfTwelve}/${step}`, {
        token: town.adminToken,
      })
    await ok(201, 'POST', '/v1/entries', {
      token: v1,
      body: {
        householdId: town.H2,
        indicatorCode: 'FZ-03',
        quantity: 1,
        occurredOn: `${thisMonth}-01`,
      },
    })
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 3 },
    })
    await approvedEntries(town, v2, `${lastMonth}`, { [town.H5]: 1 })
    await ok(200, 'POST', `/v1/villages/${town.V2}/months/${lastMonth}/publish`, {
      token: town.adminToken,
    })
    await ok(201, 'POST', `/v1/villages/${town.V2}/months/${lastMonth}/objections`, {
      token: (await person(town, { householdId: town.H5 })).token,
      body: { householdId: town.H5, reason: '请核实' },
    })
    await post(`/v1/households/${town.H5}/adjustments`, { amount: 5, reason: '补记' })
  }

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

  it('the assessment of 2025: participation, beans, medals, party members, objections, restrictions', async () => {
    const { items } = await ok(200, 'GET', '/v1/reports/assessment?year=2025', {
      token: town.adminToken,
    })

    expect(row(items, town.V1)).toEqual({
      villageId: town.V1,
      name: '东尉村',
      activeShare: 0.75,
      beansPerHousehold: 193.25,
      medals: { gold: 2, silver: 1, bronze: 1 },
      partyMembers: { count: 3, averageScore: 2.33 },
      objections: { raised: 0, upheld: 0 },
      restrictions: 1,
    })
    expect(row(items, town.V2)).toEqual({
      villageId: town.V2,
      name: '西村',
      activeShare: 1,
      beansPerHousehold: 31,
      medals: { gold: 0, silver: 0, bronze: 1 },
      partyMembers: { count: 1, averageScore: 1 },
      objections: { raised: 3, upheld: 1 },
      restrictions: 1,
    })
    const own = await ok(200, 'GET', `/v1/reports/assessment?year=2025&villageId=${town.V1}`, {
      token: leader,
    })
    expect(own.items).toEqual([row(items, town.V1)])
  })

  it('the dashboard: every village-month of the last twelve, beans by month, beans held now', async () => {
    const board = await ok(200, 'GET', '/v1/dashboard', { token: town.adminToken })
    const state = (villageId: string, month: string) =>
      board.months.find(
        (m: { villageId: string; month: string }) => m.villageId === villageId && m.month === month,
      )
    const busy = [
      {
        villageId: town.V1,
        name: '东尉村',
        month: firstOfTwelve,
        status: 'final',
        pending: 0,
        openObjections: 0,
      },
      {
        villageId: town.V1,
        name: '东尉村',
        month: thisMonth,
        status: 'open',
        pending: 1,
        openObjections: 0,
      },
      {
        villageId: town.V2,
        name: '西村',
        month: lastMonth,
        status: 'published',
        pending: 0,
        openObjections: 1,
      },
    ]

    expect(board.months).toHaveLength(24)
    for (const expected of busy) expect(state(expected.villageId, expected.month)).toEqual(expected)
    const quiet = board.months.filter((m: { villageId: string; month: string }) =>
      busy.every((b) => b.villageId !== m.villageId || b.month !== m.month),
    )
    expect(
      quiet.every(
        (m: { status: string; pending: number }) => m.status === 'open' && m.pending === 0,
      ),
    ).toBe(true)
    expect(board.beans.map((b: { month: string }) => b.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => addMonths(firstOfTwelve, i)),
    )
    expect(board.beans[0]).toEqual({ month: firstOfTwelve, earned: 3, spent: 0 })
    expect(board.beans[11]).toEqual({ month: thisMonth, earned: 0, spent: 2 })
    expect(
      board.beans
        .slice(1, 11)
        .every((b: { earned: number; spent: number }) => !b.earned && !b.spent),
    ).toBe(true)
    expect(board.outstanding).toBe(13 + 760 + 3 - 2 + (1 + 30 + 5))
    // V1's first month H1 +3 and V2's last H5 +3, both 法治 (FZ-03).
    expect(board.dimensions).toEqual({ autonomy: 0, law: 6, virtue: 0 })
    const balances = await Promise.all(
      [town.H1, town.H2, town.H3, town.H4, town.H5].map(
        async (h) =>
          (await ok(200, 'GET', `/v1/households/${h}/ledger`, { token: town.adminToken })).balance,
      ),
    )
    expect(balances.reduce((sum, b) => sum + b, 0)).toBe(board.outstanding)

    const own = await ok(200, 'GET', `/v1/dashboard?villageId=${town.V2}`, {
      token: (await person(town, { role: 'villageLeader', scopeId: town.V2 })).token,
    })
    expect(own.months.map((m: { villageId: string }) => m.villageId)).toEqual(
      Array(12).fill(town.V2),
    )
    expect(own.outstanding).toBe(1 + 30 + 5)
  })

  /** A spreadsheet route's file: its name, and its rows (header first), read back by exceljs. */
  async function sheet(url: string) {
    const response = await call<Buffer>('GET', url, { token: town.adminToken })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(response.body as unknown as ArrayBuffer)
    return {
      name: decodeURIComponent(String(response.headers?.['content-disposition'])),
      rows: (book.worksheets[0]!.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1)),
    }
  }

  it('the assessment’s spreadsheet: a row per village, as counted by hand', async () => {
    const { name, rows } = await sheet('/v1/exports/assessment.xlsx?year=2025')

    expect(name).toContain('测试镇2025年村级考核.xlsx')
    expect(rows[0]).toEqual([
      '村',
      '活跃率',
      '户均山药豆',
      '金牌',
      '银牌',
      '铜牌',
      '党员人数',
      '党员户积分',
      '异议',
      '异议成立',
      '限制措施',
    ])
    expect(new Set(rows.slice(1))).toEqual(
      new Set([
        ['东尉村', 0.75, 193.25, 2, 1, 1, 3, 2.33, 0, 0, 1],
        ['西村', 1, 31, 0, 0, 1, 1, 1, 3, 1, 1],
      ]),
    )
  })

  it('the spreadsheet: a row per village as the report answers, then the town’s totals', async () => {
    const { items } = await report('year=2025')
    const { name, rows } = await sheet('/v1/exports/activity.xlsx?year=2025')

    expect(name).toContain('测试镇2025年活跃度报表.xlsx')
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
