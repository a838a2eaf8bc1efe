/**
 * @jest-environment node
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildMiniapp, weappPackages } from '../../infra/src/miniapp'
import { tap, texts, typeInto, weappSandbox, type PageInstance } from './weapp/sandbox'

const SESSION = {
  token: 't',
  user: { id: 'P1', name: '陈桂兰', townId: 'T1', householdId: 'H1', roles: [] },
}
const VILLAGER = {
  role: 'villager',
  scopeId: 'H1',
  name: '陈桂兰户',
  villageId: 'V1',
  villageName: '东尉村',
}

const CLERK = {
  role: 'clerk',
  scopeId: 'S1',
  name: '东尉村共富超市',
  villageId: 'V1',
  villageName: '东尉村',
}
const posting = (id: string, kind: string, amount: number, source: object) => ({
  id,
  kind,
  amount,
  balanceAfter: 57,
  source: { id: `s-${id}`, ...source },
  at: '2026-11-08T02:00:00.000Z',
})

/** The API as the stubbed `wx.request` answers it. */
function answer({ url }: { url: string }) {
  if (url.endsWith('/me/units'))
    return { statusCode: 200, data: { items: [VILLAGER], cursor: null } }
  if (url.endsWith('/households/H1'))
    return {
      statusCode: 200,
      data: {
        id: 'H1',
        headName: '陈桂兰',
        villageId: 'V1',
        gridId: 'G1',
        groupId: 'L1',
        balance: 57,
        members: [],
        restrictions: [],
      },
    }
  if (url.endsWith('/households/H1/pay-code'))
    return {
      statusCode: 201,
      data: { code: 'P1.x', expiresAt: new Date(Date.now() + 60_000).toISOString() },
    }
  if (url.endsWith('/households/H1/ledger'))
    return {
      statusCode: 200,
      data: {
        balance: 57,
        items: [posting('L2', 'redemption', -8, { type: 'redemption' })],
        cursor: 'c1',
      },
    }
  if (url.endsWith('/households/H1/ledger?cursor=c1'))
    return {
      statusCode: 200,
      data: {
        balance: 57,
        items: [posting('L1', 'monthly', 65, { type: 'month', month: '2026-10' })],
        cursor: null,
      },
    }
  if (url.endsWith('/villages/V1/notices'))
    return {
      statusCode: 200,
      data: {
        items: [
          {
            id: 'N1',
            villageId: 'V1',
            title: '本周六打扫村道',
            body: '各户出一人。',
            by: 'P9',
            byName: '孙立军',
            at: '2026-11-20T01:00:00.000Z',
          },
        ],
        cursor: null,
      },
    }
  if (url.endsWith('/activities/ACT1/check-ins'))
    return { statusCode: 201, data: { householdId: 'H1', at: '2026-12-05T02:00:00.000Z' } }
  if (url.endsWith('/shops/S1/items'))
    return {
      statusCode: 200,
      data: {
        items: [{ id: 'I1', name: '牙膏', price: 8, stock: 10, active: true }],
        cursor: null,
      },
    }
  if (url.endsWith('/shops/S1/scan'))
    return { statusCode: 200, data: { householdId: 'H1', headName: '陈*兰', balance: 57 } }
  if (url.endsWith('/shops/S1/redemptions'))
    return {
      statusCode: 201,
      data: {
        id: 'R1',
        total: 8,
        balanceAfter: 49,
        lines: [{ itemId: 'I1', name: '牙膏', qty: 1, beans: 8 }],
      },
    }
  return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '未找到 / not found' } } }
}

async function until(check: () => boolean, what: string) {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 5000) throw new Error(`never happened: ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** The weapp build, run in a Node sandbox with WeChat's globals stood in for. */
describe('the WeChat build', () => {
  const output = mkdtempSync(join(tmpdir(), 'jifenbao-weapp-'))
  const open: PageInstance[] = []
  beforeAll(() => buildMiniapp('weapp', { MINIAPP_OUTPUT: output }), 120_000)
  afterAll(() => {
    open.forEach((page) => page.onUnload?.call(page))
    rmSync(output, { recursive: true, force: true })
  })

  it('launches, fills the home page from the API, and a tap opens the page it names', async () => {
    const wechat = weappSandbox(output, answer)
    wechat.storage.set('jifenbao.session', SESSION)
    wechat.launch()
    const home = wechat.open('pages/index/index')
    open.push(home)

    await until(() => texts(home).includes('57'), 'the balance is shown')
    expect(texts(home)).toEqual(
      expect.arrayContaining(['东尉村 · 陈桂兰户 · 村民', '本月得分', '山药豆明细']),
    )
    // The village's notice, marked new the first time this phone shows it.
    await until(() => texts(home).includes('本周六打扫村道'), 'the village’s notice')
    expect(texts(home).slice(-9, -1)).toEqual([
      '村里的通知',
      '1',
      ' 条新通知',
      '新 ',
      '本周六打扫村道',
      '2026-11-20 09:00',
      ' · 孙立军',
      '各户出一人。',
    ])
    expect(wechat.storage.get('jifenbao.notices.seen.V1')).toBe('2026-11-20T01:00:00.000Z')
    expect(wechat.requests).toEqual(
      expect.arrayContaining([
        'GET http://127.0.0.1:3000/v1/me/units',
        'POST http://127.0.0.1:3000/v1/households/H1/pay-code',
      ]),
    )

    tap(home, '本月得分')
    await until(() => wechat.navigations.length > 0, 'a navigation')
    expect(wechat.navigations).toEqual(['/villager/month/index'])
  })

  it('signs in with WeChat, asking the first time for the bind code from the info admin', async () => {
    const wechat = weappSandbox(output, ({ url, data }) =>
      url.endsWith('/auth/wechat')
        ? (data as { bindCode?: string }).bindCode === 'K7Q2M9'
          ? { statusCode: 200, data: SESSION }
          : {
              statusCode: 403,
              data: { error: { code: 'NOT_BOUND', message: '请先绑定 / bind this WeChat first' } },
            }
        : answer({ url }),
    )
    wechat.launch()
    const login = wechat.open('pages/login/index')
    open.push(login)

    await until(() => texts(login).includes('微信一键登录'), 'the sign-in button')
    tap(login, '微信一键登录')
    await until(() => texts(login).includes('绑定并登录'), 'the bind-code step')
    typeInto(login, '请输入信息管理员给您的绑定码', 'K7Q2M9')
    tap(login, '绑定并登录')
    await until(() => wechat.navigations.length > 0, 'the home page')

    expect(wechat.navigations).toEqual(['/pages/index/index'])
    expect(wechat.sent.filter((r) => r.url.endsWith('/auth/wechat')).map((r) => r.data)).toEqual([
      { code: 'wx-login-code' },
      { code: 'wx-login-code', bindCode: 'K7Q2M9' },
    ])
    expect(wechat.storage.get('jifenbao.session')).toEqual(SESSION)
  })

  it('sends a person who is not signed in to the sign-in page', async () => {
    const wechat = weappSandbox(output, answer)
    wechat.launch()
    open.push(wechat.open('pages/index/index'))
    await until(() => wechat.navigations.length > 0, 'a navigation')
    expect(wechat.navigations).toEqual(['/pages/login/index'])
  })

  /** Launches the app signed in and acting as `unit`, and opens the page at `route`. */
  function openAs(unit: typeof VILLAGER, route: string) {
    const wechat = weappSandbox(output, answer)
    wechat.storage.set('jifenbao.session', SESSION)
    wechat.storage.set('jifenbao.unit', unit)
    wechat.launch()
    const page = wechat.open(route)
    open.push(page)
    return { wechat, page }
  }

  it('opens a subpackage page: the villager’s statement, and its older page on a tap', async () => {
    const { page: ledger } = openAs(VILLAGER, 'villager/ledger/index')

    await until(() => texts(ledger).includes('超市兑换'), 'the first page')
    expect(texts(ledger)).toContain('57')
    tap(ledger, '查看更早的')
    await until(() => texts(ledger).includes('（2026-10）'), 'the older page')
    expect(texts(ledger)).not.toContain('查看更早的')
  })

  it('runs the clerk’s till: WeChat’s scanner, the cart, and a confirm sent with its key', async () => {
    const { wechat, page: till } = openAs(CLERK, 'clerk/scan/index')
    wechat.scans.push('P1.code')

    await until(() => texts(till).includes('扫村民付款码'), 'the scan button')
    tap(till, '扫村民付款码')
    await until(() => texts(till).includes('牙膏'), 'the payer and the goods')
    expect(texts(till).join('')).toContain('陈*兰 户')
    tap(till, '+')
    await until(() => texts(till).join('').includes('合计 8 豆'), 'the cart total')
    tap(till, '确认兑换')
    await until(() => texts(till).join('').includes('兑换成功，共 8 豆'), 'the receipt')

    const confirm = wechat.sent.find((r) => r.url.endsWith('/shops/S1/redemptions'))!
    expect(confirm.data).toEqual({ code: 'P1.code', lines: [{ itemId: 'I1', qty: 1 }] })
    expect(confirm.header['idempotency-key']).toMatch(/.{16,}/)
  })

  it('checks the household in at an activity with WeChat’s scanner', async () => {
    const { wechat, page } = openAs(VILLAGER, 'villager/checkin/index')
    wechat.scans.push('A1.ACT1.mk3x2.c2lnbmF0dXJl')

    await until(() => texts(page).includes('扫签到码'), 'the scan button')
    tap(page, '扫签到码')
    await until(() => texts(page).join('').includes('您家已签到（'), 'the check-in')
    const sent = wechat.sent.find((r) => r.url.endsWith('/activities/ACT1/check-ins'))!
    expect([sent.method, sent.data]).toEqual(['POST', { code: 'A1.ACT1.mk3x2.c2lnbmF0dXJl' }])
    expect(texts(page).join('')).toContain('2026-12-05 10:00')
  })

  it('opens the office on its overview: the to-do list, and charts F2 draws on WeChat’s canvas', async () => {
    const ADMIN = {
      role: 'townAdmin',
      scopeId: 'T1',
      name: '青山镇',
      villageId: null,
      villageName: null,
    }
    const month = (m: string, status: string, pending = 0) => ({
      villageId: 'V1',
      name: '东尉村',
      month: m,
      status,
      pending,
      openObjections: 0,
    })
    const wechat = weappSandbox(output, ({ url }) => {
      if (url.endsWith('/me/units'))
        return { statusCode: 200, data: { items: [ADMIN], cursor: null } }
      if (url.endsWith('/me')) return { statusCode: 200, data: { ...SESSION.user, townId: 'T1' } }
      if (url.endsWith('/villages'))
        return { statusCode: 200, data: { items: [{ id: 'V1', name: '东尉村' }], cursor: null } }
      if (url.includes('/dashboard'))
        return {
          statusCode: 200,
          data: {
            months: [
              month('2026-10', 'final'),
              month('2026-11', 'published'),
              month('2026-12', 'open', 2),
            ],
            beans: [{ month: '2026-10', earned: 120, spent: 40 }],
            outstanding: 80,
            dimensions: { autonomy: 4, law: 3, virtue: 5 },
          },
        }
      if (url.includes('/reports/activity'))
        return {
          statusCode: 200,
          data: {
            items: [
              {
                villageId: 'V1',
                name: '东尉村',
                households: 4,
                activeHouseholds: 3,
                activeShare: 0.75,
                entries: 7,
                entriesPerHousehold: 1.75,
                beansEarned: 120,
                beansSpent: 40,
              },
            ],
          },
        }
      return answer({ url })
    })
    wechat.storage.set('jifenbao.session', SESSION)
    wechat.launch()
    const office = wechat.open('office/index/index')
    open.push(office)

    await until(() => texts(office).includes('现在要办'), 'the overview')
    expect(texts(office)).toEqual(
      expect.arrayContaining(['东尉村 2026年12月：2 条记分待审核', '80', '农户现有山药豆']),
    )
    const labels = () =>
      wechat.drawn.filter(([call]) => call === 'fillText').map(([, text]) => text)
    // The three charts draw independently: wait for each one's labels, not the first to finish.
    const chartLabels = ['东尉村', '75%', '10月', '获得', '兑换', '自治']
    await until(() => chartLabels.every((label) => labels().includes(label)), 'every chart drawn')
    expect(wechat.drawn.some(([call]) => call === 'fill')).toBe(true)
  })

  it('keeps each role in its own subpackage within WeChat’s limits, and the QR decoder out', () => {
    const [main, ...subpackages] = weappPackages(output)
    expect(subpackages.map((p) => p.name)).toEqual([
      'villager',
      'leader',
      'review',
      'clerk',
      'admin',
      'office',
    ])
    expect(main!.bytes).toBeLessThanOrEqual(1024 * 1024)
    for (const p of subpackages) expect(p.bytes).toBeLessThanOrEqual(2 * 1024 * 1024)
    const scripts = readdirSync(output, { recursive: true }).filter((f) =>
      String(f).endsWith('.js'),
    )
    expect(
      scripts.some((f) =>
        readFileSync(join(output, String(f)), 'utf8').includes('inversionAttempts'),
      ),
    ).toBe(false)
  })
})
