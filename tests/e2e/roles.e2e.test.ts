import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { monthEnd, monthOf } from '@jifenbao/shared'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, shoot } from './browser'
import { ok } from './http'
import { browserTown, nextPhone, PHONE_SIZE, signIn } from './town'

const MINUTE = 60_000
const DAY = 86_400_000

/**
 * A month of the product, every step through the mini-program's screens in Chromium: a
 * leader records an entry with a photo, the review board approves, publishes and finalises
 * it, the villager's beans arrive, and a clerk redeems them from a picture of the pay code,
 * over a connection that drops the first answers without charging twice.
 */
describe('every role in the browser', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>
  const month = monthOf(new Date())
  const pages: Record<string, Page> = {}

  const balance = async () =>
    (await ok(200, 'GET', `/households/${town.household}`, { token: town.admin })).balance as number
  /** Runs the town's clock to `at` (the local stage's clock, as the server's decides). */
  const clockTo = (at: number) =>
    ok(200, 'POST', '/dev/clock', { token: town.admin, body: { offsetMs: at - Date.now() } })
  const open = async (role: keyof typeof town.phones) => {
    const page = await (await browser.newContext(PHONE_SIZE)).newPage()
    await signIn(page, town.phones[role])
    pages[role] = page
    return page
  }

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTown()
  }, 60_000)
  afterAll(() => browser?.close())

  it('a leader submits an entry for a household with a photo', async () => {
    const page = await open('leader')
    await page.getByText('我的农户').waitFor()
    await page.getByText('我的农户').click()
    await page.getByText('陈桂兰').click()
    await page.getByText('参加村民会议、议事活动').click()
    await page.getByText('这一项需要照片，请先拍照').waitFor()

    const photo = await page.screenshot({ type: 'jpeg' })
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('拍照或选照片').click(),
    ])
    await chooser.setFiles({ name: 'meeting.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByText('已上传').waitFor()
    await page.getByText('提交', { exact: true }).click()
    await page.getByTestId('entry-done').getByText('已提交（+1 分），等待村里审核').waitFor()

    const { items } = await ok(200, 'GET', `/entries?villageId=${town.village}&month=${month}`, {
      token: town.admin,
    })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ status: 'pending', indicatorCode: 'ZZ-02', points: 1 })
    const stored = await fetch(items[0].photos[0].url)
    expect(stored.status).toBe(200)
    expect(Number(stored.headers.get('content-length'))).toBeGreaterThan(1000)
  }, 60_000)

  it('the review board approves it, publishes the month and finalises it', async () => {
    const page = await open('reviewer')
    await page.getByText('待审核').waitFor()
    await page.getByText('待审核').click()
    await page.getByTestId('queue').locator('img').first().waitFor()
    await page.getByText('通过', { exact: true }).click()
    await page.getByText('这个月没有待审核的记分').waitFor()

    await clockTo(monthEnd(month).getTime() + MINUTE)
    await page.goBack()
    await page.getByText('本月公示').click()
    await page.getByText('公示本月积分').click()
    await page.getByText('确认公示').click()
    await page.getByText('已公示 1 户').waitFor()

    await clockTo(monthEnd(month).getTime() + 7 * DAY + 2 * MINUTE)
    await page.getByText('确认发豆', { exact: true }).click()
    await page.getByText('确认，发到各户').click()
    await page.getByText('已确认，1 户的山药豆已到账').waitFor()
    expect(await balance()).toBe(1)
  }, 60_000)

  it('the villager sees the beans arrive and shows a pay code', async () => {
    await ok(201, 'POST', `/households/${town.household}/adjustments`, {
      token: town.admin,
      body: { amount: 49, reason: '演示补足' },
    })
    const page = await open('villager')
    await page.getByTestId('balance').getByText('50').waitFor()
    await page.locator('[data-testid=pay-code] img').waitFor()
  }, 60_000)

  it('a clerk redeems from a picture of the code; answers lost on the way never charge twice', async () => {
    const qr = await pages.villager!.locator('[data-testid=pay-code] img').screenshot()
    const page = await open('clerk')
    await page.getByText('扫码兑换').waitFor()
    await page.getByText('扫码兑换').click()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('拍照或上传付款码').click(),
    ])
    await chooser.setFiles({ name: 'code.png', mimeType: 'image/png', buffer: qr })
    await page.getByTestId('payer').getByText('陈*兰 户').waitFor()
    await page.getByTestId('payer').getByText('50').waitFor()

    const row = page.locator('.row', { hasText: '肥皂' })
    await row.getByText('+').click()
    await row.getByText('+').click()
    // Every answer to the confirm is lost on the way back: the server did the work.
    let reached = 0
    await page.route('**/redemptions', async (route) => {
      reached++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await page.getByText('确认兑换', { exact: true }).click()
    await page
      .getByTestId('till-error')
      .getByText(/网络断了/)
      .waitFor({ timeout: 30_000 })
    await page.unroute('**/redemptions')
    await page.getByText('确认兑换', { exact: true }).click()
    await page.getByTestId('receipt').getByText('兑换成功，共 10 豆').waitFor()

    expect(reached).toBe(4)
    expect(await balance()).toBe(40)
    const receipts = await ok(200, 'GET', `/shops/${town.shop}/redemptions`, {
      token: (
        await ok(200, 'POST', '/auth/dev', {
          body: { phone: town.phones.clerk, townId: town.townId },
        })
      ).token,
    })
    expect(receipts.items).toHaveLength(1)
    await pages.villager!.reload()
    await pages.villager!.getByTestId('balance').getByText('40').waitFor()
  }, 90_000)

  it('the town admin sees the quarter’s rankings', async () => {
    const page = await open('townAdmin')
    await page.getByText('季度评比').waitFor()
    await page.getByText('季度评比').click()
    await page
      .getByText('发放本季度奖励')
      .or(page.getByText(/暂无排名/))
      .waitFor()
  }, 60_000)

  it('the info admin enters households from a pasted roster and makes one a group leader, who switches between her roles', async () => {
    const page = await open('infoAdmin')
    await page.getByText('录入农户').click()
    await page.getByText('第一微网格 · 第一联户小组（1 户）').click()
    const phone = nextPhone()
    await page.locator('textarea').fill(`李建国 东尉村2号\n王秀兰 东尉村3号 ${phone}`)
    await page.getByText('录入 2 户').click()
    await page.getByTestId('roster-progress').getByText('已录入 2 / 2 户').waitFor()
    await page.getByText('绑定码', { exact: true }).first().click()
    await page.getByText(/^绑定码 \S+（请尽快交给本人）$/).waitFor()

    const village = await ok(200, 'GET', `/villages/${town.village}`, { token: town.admin })
    expect(village.grids[0].groups[0].households).toBe(3)

    // 我的农户: 任组长 on 王秀兰's line opens the appointment there, not her entry form.
    await page.goBack()
    await page.getByText('我的农户').click()
    const row = page.getByTestId('households').locator('.households__item', { hasText: '王秀兰' })
    await row.getByText('任组长').click()
    await page.getByTestId('appoint').getByText('王秀兰', { exact: true }).click()
    await page.getByText('任命为第一联户小组的联户小组长').click()
    await page.getByText('已任命 王秀兰 为第一联户小组的联户小组长').waitFor()

    // On her own phone: the group she now leads first, her household one tap away.
    const her = await (await browser.newContext(PHONE_SIZE)).newPage()
    await signIn(her, phone)
    const roles = her.getByTestId('role-switch')
    const leads = roles.getByRole('button', { name: '东尉村 · 第一联户小组 · 联户小组长' })
    await leads.waitFor()
    expect(await leads.getAttribute('aria-pressed')).toBe('true')
    await her.getByText('活动批量记分').waitFor()
    await roles.getByRole('button', { name: / · 村民$/ }).click()
    await her.getByText('我家的山药豆').waitFor()
    expect(await leads.getAttribute('aria-pressed')).toBe('false')
    await shoot(her, 'two-roles-home')
  }, 60_000)

  it('opens every screen of every role, normal and 长辈版, each reaching its data or its empty state', async () => {
    const screens: Record<string, string[]> = {
      villager: ['month', 'ledger', 'report', 'catalogue', 'honours', 'checkin'].map(
        (p) => `/villager/${p}/index`,
      ),
      leader: [
        '/leader/households/index',
        '/leader/entry/index?batch=1',
        '/leader/submissions/index',
      ],
      reviewer: ['/review/queue/index', '/review/month/index', '/office/index/index'],
      infoAdmin: [
        '/leader/roster/index',
        '/review/queue/index',
        '/leader/households/index',
        '/office/index/index',
      ],
      clerk: ['/clerk/scan/index', '/clerk/today/index', '/clerk/statement/index'],
      townAdmin: ['/admin/rankings/index', '/admin/shops/index', '/office/index/index'],
    }
    const problems: string[] = []
    for (const [role, urls] of Object.entries(screens))
      for (const url of ['/pages/index/index', ...urls]) {
        // A tab of the role's own browser: signed in, the role chosen on its home screen.
        const tab = await pages[role]!.context().newPage()
        tab.on('pageerror', (err) => problems.push(`${url}: ${err.message}`))
        const name = `${role}${url
          .split('?')[0]!
          .replace(/\/index$/, '')
          .replace(/\//g, '-')}`
        for (const care of [false, true]) {
          // 长辈版 as the home's switch keeps it (Taro's storage on the browser).
          await tab.goto(`${process.env.E2E_APP_URL}#${url}`)
          await tab.evaluate(
            (on) => localStorage.setItem('jifenbao.care', JSON.stringify({ data: on })),
            care,
          )
          await tab.reload()
          await tab
            .locator(care ? '.screen--care .title' : '.title')
            .first()
            .waitFor()
          await tab.waitForFunction(() => !document.body.innerText.includes('正在加载…'))
          const failed = await tab.locator('.state--failed').allInnerTexts()
          problems.push(...failed.map((text) => `${url}: ${text}`))
          await shoot(tab, `${name}${care ? '-care' : ''}`)
        }
        await tab.close()
      }
    expect(problems).toEqual([])
  }, 240_000)
})
