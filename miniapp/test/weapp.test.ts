/**
 * @jest-environment node
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildMiniapp, weappPackages } from '../../infra/src/miniapp'
import { tap, texts, weappSandbox, type PageInstance } from './weapp/sandbox'

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

/** The API as the stubbed `wx.request` answers it. */
function answer({ url }: { url: string }) {
  if (url.endsWith('/me/units'))
    return { statusCode: 200, data: { items: [VILLAGER], cursor: null } }
  if (url.endsWith('/households/H1'))
    return {
      statusCode: 200,
      data: { id: 'H1', headName: '陈桂兰', villageId: 'V1', balance: 57, members: [] },
    }
  if (url.endsWith('/households/H1/pay-code'))
    return {
      statusCode: 201,
      data: { code: 'P1.x', expiresAt: new Date(Date.now() + 60_000).toISOString() },
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

  it('sends a person who is not signed in to the sign-in page', async () => {
    const wechat = weappSandbox(output, answer)
    wechat.launch()
    open.push(wechat.open('pages/index/index'))
    await until(() => wechat.navigations.length > 0, 'a navigation')
    expect(wechat.navigations).toEqual(['/pages/login/index'])
  })

  it('keeps each role in its own subpackage within WeChat’s limits, and the QR decoder out', () => {
    const [main, ...subpackages] = weappPackages(output)
    expect(subpackages.map((p) => p.name)).toEqual([
      'villager',
      'leader',
      'review',
      'clerk',
      'admin',
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
