import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_TOWN_CONFIG } from '@jifenbao/shared'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { call } from './api'
import { approvedEntries, ok, orgTown, person } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>
/** Where the printed sheet is kept to be looked at (not committed). */
const ARTIFACTS = join(__dirname, 'artifacts')

describe('notices', () => {
  let town: Town

  beforeAll(async () => {
    town = await orgTown()
  }, 60_000)

  it('are posted by the village’s leaders, and read newest first by everyone of the village', async () => {
    const infoAdmin = await person(town, { role: 'infoAdmin', scopeId: town.V1, name: '周晓燕' })
    const gridLeader = await person(town, { role: 'gridLeader', scopeId: town.M1 })
    const post = (token: string, title: string) =>
      call('POST', `/v1/villages/${town.V1}/notices`, {
        token,
        body: { title, body: `${title}：周六上午八点在村委会。` },
      })
    expect((await post(infoAdmin.token, '村民会议')).status).toBe(201)
    expect((await post(gridLeader.token, '环境整治')).status).toBe(201)
    const elsewhere = await person(town, { role: 'gridLeader', scopeId: town.M3 })
    expect((await post(elsewhere.token, '越界')).status).toBe(403)

    const villager = await person(town, { householdId: town.H1 })
    const { items, cursor } = await ok(200, 'GET', `/v1/villages/${town.V1}/notices`, {
      token: villager.token,
    })
    expect(items.map((n: { title: string }) => n.title)).toEqual(['环境整治', '村民会议'])
    expect(items[1]).toMatchObject({ byName: '周晓燕', body: '村民会议：周六上午八点在村委会。' })
    expect(cursor).toBeNull()
    const neighbour = await person(town, { householdId: town.H5 })
    expect(
      (await call('GET', `/v1/villages/${town.V1}/notices`, { token: neighbour.token })).status,
    ).toBe(403)
  })

  it('need a title and a body, said in both languages', async () => {
    const response = await call('POST', `/v1/villages/${town.V1}/notices`, {
      token: town.adminToken,
      body: { title: ' ', body: '内容' },
    })
    expect(response.status).toBe(400)
    expect(response.body.error.details).toEqual([
      { path: 'title', message: '请填写标题 / a title is required' },
    ])
  })
})

/**
 * V1 by hand (1 bean a point; FZ-03 is +3): July H1 +3; August H1 +3, H2 +6; both final.
 * H2 is on the negative list (no_welfare). A round of July–August with a threshold of 5:
 * H1 earned 6 (eligible), H2 6 (excluded, with the reason), H3 and H4 nothing.
 */
describe('welfare rounds', () => {
  let town: Town
  let leader: string
  let round: string

  beforeAll(async () => {
    town = await orgTown()
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    const recorder = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    leader = (await person(town, { role: 'villageLeader', scopeId: town.V1 })).token
    for (const [month, quantities] of [
      ['2025-07', { [town.H1]: 1 }],
      ['2025-08', { [town.H1]: 1, [town.H2]: 2 }],
    ] as const) {
      await approvedEntries(town, recorder, month, quantities)
      for (const step of ['publish', 'finalize'])
        await ok(200, 'POST', `/v1/villages/${town.V1}/months/${month}/${step}`, {
          token: town.adminToken,
        })
    }
    await ok(201, 'POST', `/v1/households/${town.H2}/restrictions`, {
      token: leader,
      body: { type: 'no_welfare', reason: '拒不整改乱堆乱放', from: '2025-01-01' },
    })
    round = (
      await ok(201, 'POST', '/v1/welfare-rounds', {
        token: leader,
        body: {
          name: '中秋福利',
          villageId: town.V1,
          from: '2025-07-01',
          to: '2025-08-31',
          minBeansEarned: 5,
        },
      })
    ).id
  }, 120_000)

  const view = () => ok(200, 'GET', `/v1/welfare-rounds/${round}`, { token: leader })
  const give = (householdId: string, item = '月饼一盒') =>
    call('POST', `/v1/welfare-rounds/${round}/given`, {
      token: leader,
      body: { householdId, item },
    })

  it('lists who earned enough, and those the negative list excludes with the reason', async () => {
    expect(await view()).toMatchObject({
      name: '中秋福利',
      villageId: town.V1,
      from: '2025-07-01',
      to: '2025-08-31',
      minBeansEarned: 5,
      eligible: [{ householdId: town.H1, beansEarned: 6 }],
      excluded: [{ householdId: town.H2, reason: '拒不整改乱堆乱放' }],
      given: [],
    })
  })

  it('counts only the months wholly inside its period', async () => {
    const { id } = await ok(201, 'POST', '/v1/welfare-rounds', {
      token: town.adminToken,
      body: { name: '八月福利', from: '2025-07-15', to: '2025-08-31', minBeansEarned: 3 },
    })
    const { eligible } = await ok(200, 'GET', `/v1/welfare-rounds/${id}`, {
      token: town.adminToken,
    })
    expect(eligible).toEqual([
      { householdId: town.H1, headName: expect.any(String), beansEarned: 3 },
    ])
  })

  it('records what an eligible household received, once, and moves no beans', async () => {
    const before = (await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, { token: leader }))
      .balance
    const first = await give(town.H1)
    const again = await give(town.H1)
    const barred = await give(town.H2)
    const short = await give(town.H3)

    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ householdId: town.H1, item: '月饼一盒' })
    expect([again.status, again.body.error.code]).toEqual([409, 'CONFLICT'])
    expect([barred.status, barred.body.error.code]).toEqual([403, 'RESTRICTED'])
    expect(barred.body.error.message).toContain('拒不整改乱堆乱放')
    expect(short.status).toBe(403)
    expect((await view()).given).toEqual([
      expect.objectContaining({ householdId: town.H1, item: '月饼一盒' }),
    ])
    expect(
      (await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, { token: leader })).balance,
    ).toBe(before)
  })

  it('prints a sign-off sheet of the eligible households with what they received', async () => {
    const response = await call<Buffer>('GET', `/v1/welfare-rounds/${round}/sheet.pdf`, {
      token: leader,
    })
    mkdirSync(ARTIFACTS, { recursive: true })
    const file = join(ARTIFACTS, 'welfare-sheet.pdf')
    writeFileSync(file, response.body as unknown as Buffer)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const { eligible, excluded } = await view()

    expect(decodeURIComponent(String(response.headers?.['content-disposition']))).toContain(
      '东尉村中秋福利签领表.pdf',
    )
    expect(text).toContain('2025年7月1日 至 2025年8月31日 获得山药豆不少于 5 颗的农户，共 1 户')
    expect(text).toMatch(
      new RegExp(`1\\s+东尉村\\s+${eligible[0].headName.replace('*', '\\*')}\\s+6\\s+月饼一盒`),
    )
    expect(text).not.toContain(excluded[0].headName)
  })

  it('is the town’s for every village, or a village leader’s for the village', async () => {
    const body = { name: '福利', from: '2025-07-01', to: '2025-08-31', minBeansEarned: 0 }
    expect((await call('POST', '/v1/welfare-rounds', { token: leader, body })).status).toBe(403)
    expect(
      (
        await call('POST', '/v1/welfare-rounds', {
          token: leader,
          body: { ...body, villageId: town.V2 },
        })
      ).status,
    ).toBe(403)
    const backwards = await call('POST', '/v1/welfare-rounds', {
      token: town.adminToken,
      body: { ...body, from: '2025-09-01' },
    })
    expect([backwards.status, backwards.body.error.details[0].path]).toEqual([400, 'to'])
  })
})
