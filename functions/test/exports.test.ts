import { beforeAll, describe, expect, it } from '@jest/globals'
import { dateOf, DEFAULT_TOWN_CONFIG, POSTING_KIND_NAMES, XLSX } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { call } from './api'
import { approvedEntries, ok, orgTown, person, shopDay } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>
type Row = (string | number | null)[]
const TODAY = dateOf(new Date())

/** Fetches a spreadsheet and reads it back with exceljs: its file name, header and rows. */
async function sheet(url: string, token: string) {
  const response = await call<Buffer>('GET', url, { token })
  if (response.status !== 200) throw new Error(`${url} → ${response.status}`)
  expect(response.headers?.['content-type']).toBe(XLSX)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(response.body as unknown as ArrayBuffer)
  // exceljs answers a row as a sparse array from index 1; an empty cell reads as null here.
  const rows = book.worksheets[0]!.getSheetValues().slice(1) as unknown[][]
  const width = rows[0]!.length - 1
  const [header, ...body] = rows.map((r) =>
    Array.from({ length: width }, (_, i) => r[i + 1] ?? null),
  )
  const disposition = String(response.headers?.['content-disposition'])
  return {
    fileName: decodeURIComponent(disposition.split("UTF-8''")[1]!),
    header: header as string[],
    rows: body as Row[],
  }
}

/**
 * 2025-Q3 of V1 and V2, each month finalised at once (objection window 0 days), the quarter
 * awarded; a shop's day with two receipts, one voided. Every file is read back and its
 * numbers are checked against the API's own answer for the same data.
 */
describe('spreadsheets', () => {
  let town: Town
  let villager: Awaited<ReturnType<typeof person>>
  let clerk: Awaited<ReturnType<typeof person>>

  beforeAll(async () => {
    town = await orgTown()
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    await person(town, { householdId: town.H1, role: 'linkLeader', scopeId: town.G1 })
    await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '党员', householdId: town.H2, partyMember: true },
    })
    const submitter = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    const other = (await person(town, { role: 'infoAdmin', scopeId: town.V2 })).token
    const months: [string, Record<string, number>][] = [
      ['2025-07', { [town.H1]: 2, [town.H2]: 1, [town.H3]: -1 }],
      ['2025-08', { [town.H4]: 3 }],
      ['2025-09', { [town.H2]: 2 }],
    ]
    for (const [month, quantities] of months) {
      await approvedEntries(town, submitter, month, quantities)
      await approvedEntries(town, other, month, month === '2025-07' ? { [town.H5]: 1 } : {})
      for (const village of [town.V1, town.V2]) {
        for (const step of ['publish', 'finalize'])
          await ok(200, 'POST', `/v1/villages/${village}/months/${month}/${step}`, {
            token: town.adminToken,
          })
      }
    }
    await ok(200, 'POST', '/v1/quarters/2025-Q3/awards', { token: town.adminToken })

    ;({ villager, clerk } = await shopDay(town))
  }, 120_000)

  it('the month’s publication: a row per household, as the board shows it', async () => {
    const month = await ok(200, 'GET', `/v1/villages/${town.V1}/months/2025-07`, {
      token: villager.token,
    })
    const file = await sheet(
      `/v1/exports/publication.xlsx?villageId=${town.V1}&month=2025-07`,
      villager.token,
    )

    expect(file.fileName).toBe('东尉村2025年7月公示.xlsx')
    expect(file.header).toEqual([
      '户主',
      '微网格',
      '联户小组',
      '自治',
      '法治',
      '德治',
      '得分',
      '带动分',
      '山药豆',
    ])
    expect(file.rows.map((r) => [r[0], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual(
      month.households.map((h: any) => [
        h.headName,
        h.byDimension.autonomy,
        h.byDimension.law,
        h.byDimension.virtue,
        h.score,
        h.blended,
        h.beans,
      ]),
    )
    expect(file.rows.every((r) => typeof r[8] === 'number')).toBe(true)
    expect(file.rows.map((r) => [r[1], r[2]])).toContainEqual(['网格', '小组'])
  })

  it('a household’s ledger: every posting, oldest first, ending on the balance', async () => {
    const ledger = await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, {
      token: villager.token,
    })
    const file = await sheet(`/v1/exports/ledger.xlsx?householdId=${town.H1}`, villager.token)

    expect(file.fileName).toBe('张某华户山药豆明细.xlsx')
    expect(file.header).toEqual(['户主', '时间', '类别', '说明', '山药豆', '余额'])
    expect(file.rows.map((r) => [r[2], r[4], r[5]])).toEqual(
      [...ledger.items]
        .reverse()
        .map((p: any) => [POSTING_KIND_NAMES[p.kind as 'monthly'], p.amount, p.balanceAfter]),
    )
    expect(file.rows.map((r) => r[2])).toEqual(
      expect.arrayContaining(['月度积分', '季度奖励', '超市兑换', '兑换撤销退回']),
    )
    expect(file.rows.at(-1)![5]).toBe(ledger.balance)
  })

  it('a village’s ledger over a period: every household’s postings of those days', async () => {
    const staff = (await person(town, { role: 'villageLeader', scopeId: town.V1 })).token
    const file = await sheet(
      `/v1/exports/ledger.xlsx?villageId=${town.V1}&from=2025-07-01&to=2025-12-31`,
      staff,
    )
    const ledgers = await Promise.all(
      [town.H1, town.H2, town.H3, town.H4].map((h) =>
        ok(200, 'GET', `/v1/households/${h}/ledger`, { token: town.adminToken }),
      ),
    )
    const of2025 = ledgers.flatMap((l) => l.items).filter((p: any) => p.at < '2026')
    const refused = await Promise.all([
      call('GET', `/v1/exports/ledger.xlsx?villageId=${town.V1}`, { token: staff }),
      call('GET', `/v1/exports/ledger.xlsx?villageId=${town.V1}&householdId=${town.H1}`, {
        token: staff,
      }),
      call('GET', `/v1/exports/ledger.xlsx?villageId=${town.V1}&from=2025-07-01&to=2025-12-31`, {
        token: villager.token,
      }),
    ])

    expect(file.fileName).toBe('东尉村山药豆明细2025-07-01至2025-12-31.xlsx')
    expect(file.rows.map((r) => r[4]).sort()).toEqual(of2025.map((p: any) => p.amount).sort())
    expect(file.rows.map((r) => r[1])).toEqual([...file.rows.map((r) => r[1])].sort())
    expect(refused.map((r) => [r.status, r.body.error.details?.[0]?.path])).toEqual([
      [400, 'from'],
      [400, 'householdId'],
      [403, undefined],
    ])
  })

  it('a shop’s statement: each receipt with its state, then the totals the statement counts', async () => {
    const statement = await ok(
      200,
      'GET',
      `/v1/shops/${town.S1}/statement?from=${TODAY}&to=${TODAY}`,
      { token: clerk.token },
    )
    const file = await sheet(
      `/v1/exports/statement.xlsx?shopId=${town.S1}&from=${TODAY}&to=${TODAY}`,
      clerk.token,
    )

    expect(file.fileName).toBe(`东尉村共富超市对账单${TODAY}至${TODAY}.xlsx`)
    expect(
      file.rows
        .slice(0, -1)
        .map((r) => [r[3], r[4], r[5]])
        .sort(),
    ).toEqual([
      ['肥皂×1', 2, '有效'],
      ['肥皂×3', 6, '已撤销：扫错了'],
    ])
    expect(file.rows.at(-1)).toEqual([
      `合计 ${statement.count} 笔`,
      null,
      null,
      null,
      statement.beans,
      null,
    ])
  })

  it('the quarter’s rankings as awarded, and 409 for a quarter not awarded', async () => {
    const rankings = await ok(200, 'GET', '/v1/quarters/2025-Q3/rankings?level=group', {
      token: villager.token,
    })
    const file = await sheet(
      '/v1/exports/rankings.xlsx?quarter=2025-Q3&level=group',
      villager.token,
    )
    const early = await call('GET', '/v1/exports/rankings.xlsx?quarter=2025-Q4&level=group', {
      token: villager.token,
    })

    expect(file.fileName).toMatch(/^.+2025年第3季度联户小组排名\.xlsx$/)
    expect(file.header).toEqual(['名次', '村', '联户小组', '户数', '山药豆', '奖牌', '奖励山药豆'])
    expect(file.rows.map((r) => [r[0], r[4], r[6]]).sort()).toEqual(
      rankings.items.map((u: any) => [u.rank, u.total, u.award]).sort(),
    )
    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_READY'])
  })

  it('the year’s honours and the party members’ report, once the year is over', async () => {
    const honours = await ok(200, 'GET', `/v1/years/2025/honours?villageId=${town.V1}`, {
      token: villager.token,
    })
    const honoured = await sheet(
      `/v1/exports/honours.xlsx?year=2025&villageId=${town.V1}`,
      villager.token,
    )
    const party = await sheet(
      `/v1/exports/party-members.xlsx?year=2025&villageId=${town.V1}`,
      villager.token,
    )
    const running = await call(
      'GET',
      `/v1/exports/honours.xlsx?year=${TODAY.slice(0, 4)}&villageId=${town.V1}`,
      {
        token: villager.token,
      },
    )

    expect(honoured.rows).toEqual(honours.items.map((h: any) => [h.rank, h.headName, h.earned]))
    expect(party.rows).toEqual(
      honours.partyMembers.map((h: any) => [
        h.headName,
        h.earned,
        h.rank,
        h.excluded ? '不参加评优' : null,
      ]),
    )
    expect(party.rows).toHaveLength(1)
    expect([running.status, running.body.error.code]).toEqual([409, 'NOT_READY'])
  })
})
