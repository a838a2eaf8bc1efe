import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { addMonths, dateOf, monthEnd, monthOf } from '@jifenbao/shared'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, shoot } from './browser'
import { ok } from './http'
import {
  browserTown,
  browserTownWithBeans,
  nextPhone,
  PHONE_SIZE,
  signedInPage,
  signIn,
  tokenFor,
} from './town'

const MINUTE = 60_000

/**
 * The screens as the people use them, at phone size in Chromium (issue 11): a grey button
 * never acts, a refusal says what the server said, staff open in their work, a number box
 * keeps what was typed, an irreversible step says what it will do and asks once, beans on
 * the home follow a purchase, a home without signal says its roles are last time's, an
 * expired session leads to signing in, and every inner page has a way back.
 */
describe('honest screens', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>

  const signedIn = (phone: string) => signedInPage(browser, phone)
  const token = (phone: string) => tokenFor(town, phone)
  /** A purchase at the shop, as the clerk's till makes it. */
  const purchase = async (qty: number) => {
    const { code } = await ok(201, 'POST', `/households/${town.household}/pay-code`, {
      token: await token(town.phones.villager),
    })
    const { items } = await ok(200, 'GET', `/shops/${town.shop}/items`, { token: town.admin })
    const soap = items.find((i: { name: string }) => i.name === '肥皂')
    return ok(201, 'POST', `/shops/${town.shop}/redemptions`, {
      token: await token(town.phones.clerk),
      body: { code, lines: [{ itemId: soap.id, qty }] },
    })
  }
  /** Counts the requests a page sends whose URL matches. */
  const counted = (page: Page, pattern: RegExp) => {
    const seen: string[] = []
    page.on(
      'request',
      (r) => pattern.test(r.url()) && r.method() !== 'OPTIONS' && seen.push(r.url()),
    )
    return seen
  }

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTownWithBeans(100)
  }, 60_000)
  afterAll(() => browser?.close())

  it('a grey button never acts; a void says what it will do and asks once', async () => {
    await purchase(1)
    const page = await signedIn(town.phones.clerk)
    const voids = counted(page, /\/void$/)
    await page.getByRole('button', { name: '今日兑换' }).click()
    const undo = page.getByRole('button', { name: '撤销这笔' })
    await expect(undo.getAttribute('aria-disabled')).resolves.toBe('true')
    await undo.dispatchEvent('click')
    await page.waitForTimeout(500)
    expect(voids).toEqual([])
    await expect(page.getByTestId('confirm').count()).resolves.toBe(0)

    await page.getByRole('textbox', { name: '撤销原因' }).fill('扫错了')
    await undo.click()
    await page
      .getByTestId('confirm')
      .getByText(/撤销后.*5 豆退回/)
      .waitFor()
    await page.getByRole('button', { name: '取消' }).click()
    expect(voids).toEqual([])
    await undo.click()
    await page.getByRole('button', { name: '确认撤销' }).click()
    await page.getByText('已撤销（扫错了）').waitFor()
    expect(voids).toHaveLength(1)
  }, 60_000)

  it('a refused form shows the server’s own field message and what to do', async () => {
    const page = await (await browser.newContext(PHONE_SIZE)).newPage()
    await page.goto(`${process.env.E2E_APP_URL}#/pages/login/index`)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByText('手机号应为 11 位数字').waitFor()

    const admin = await signedIn(town.phones.townAdmin)
    await admin.getByRole('button', { name: /超市与商品/ }).click()
    await admin.getByRole('button', { name: /东尉村共富超市/ }).click()
    await admin.getByRole('textbox', { name: '商品名称' }).fill('香油')
    await admin.getByRole('textbox', { name: '价格（山药豆）' }).fill('200000')
    await admin.getByRole('button', { name: '上架' }).click()
    await admin.getByText('价格不能超过 100000 豆，请改正后再试').waitFor()

    // A huge 次数 is the server's to refuse, and the screen says so in its words.
    const leader = await signedIn(town.phones.leader)
    await leader.getByRole('button', { name: /^我的农户/ }).click()
    await leader.getByRole('button', { name: /陈桂兰/ }).click()
    await leader.getByRole('button', { name: /提出合理化建议被采纳/ }).click()
    await leader.getByRole('textbox', { name: '次数' }).fill('1000')
    await leader.getByRole('button', { name: '提交' }).click()
    await leader.getByText('次数不能超过 100，请改正后再试').waitFor()
  }, 60_000)

  it('staff open in their work; the roles they switch between are buttons', async () => {
    const phone = nextPhone()
    const { id } = await ok(201, 'POST', '/people', {
      token: town.admin,
      body: { name: '陈建华', phone, householdId: town.household },
    })
    await ok(201, 'POST', '/roles', {
      token: town.admin,
      body: { personId: id, role: 'linkLeader', scopeId: town.group },
    })
    const page = await signedIn(phone)
    await page.getByRole('button', { name: /^我的农户/ }).waitFor()
    const villager = page.getByRole('button', { name: /村民/ })
    await expect(villager.getAttribute('aria-pressed')).resolves.toBe('false')
    await villager.click()
    await page.getByTestId('balance').waitFor()
  }, 60_000)

  it('a number box keeps what was typed and says what is wrong', async () => {
    const leader = await signedIn(town.phones.leader)
    await leader.getByRole('button', { name: /^我的农户/ }).click()
    await leader.getByRole('button', { name: /陈桂兰/ }).click()
    const times = leader.getByRole('textbox', { name: '次数' })
    for (const [typed, says] of [
      ['2.5', '次数应为整数'],
      ['0', '次数不能小于 1'],
    ] as const) {
      await times.fill('')
      await times.pressSequentially(typed)
      await expect(times.inputValue()).resolves.toBe(typed)
      await leader.getByText(says).waitFor()
    }

    const admin = await signedIn(town.phones.townAdmin)
    await admin.getByRole('button', { name: /超市与商品/ }).click()
    await admin.getByRole('button', { name: /东尉村共富超市/ }).click()
    await admin.getByRole('textbox', { name: '商品名称' }).fill('酱油')
    const price = admin.getByRole('textbox', { name: '价格（山药豆）' })
    for (const [typed, says] of [
      ['-5', '价格不能小于 1'],
      ['1e3', '价格应为整数'],
    ] as const) {
      await price.fill('')
      await price.pressSequentially(typed)
      await expect(price.inputValue()).resolves.toBe(typed)
      await admin.getByText(says).waitFor()
      await expect(
        admin.getByRole('button', { name: '上架' }).getAttribute('aria-disabled'),
      ).resolves.toBe('true')
    }
  }, 60_000)

  it('the board’s month opens on one that can be published, and publishing asks first', async () => {
    const month = monthOf(new Date())
    const leader = await token(town.phones.leader)
    const { id } = await ok(201, 'POST', '/entries', {
      token: leader,
      body: {
        householdId: town.household,
        indicatorCode: 'ZZ-03',
        occurredOn: dateOf(new Date()),
        quantity: 1,
      },
    })
    await ok(200, 'POST', `/entries/${id}/approve`, { token: await token(town.phones.reviewer) })

    const page = await signedIn(town.phones.reviewer)
    await page.getByRole('button', { name: /^本月公示/ }).click()
    // The month under way cannot be published yet: it opens on the one before.
    await page.getByRole('button', { name: addMonths(month, -1), pressed: true }).waitFor()
    await page.getByRole('button', { name: month }).click()
    await page
      .getByTestId('month-status')
      .getByText(/还没结束，.*起可以公示/)
      .waitFor()
    await expect(page.getByRole('button', { name: '公示本月积分' }).count()).resolves.toBe(0)

    // The server's clock decides: once it says the month is over, the month opens on it.
    await ok(200, 'POST', '/dev/clock', {
      token: town.admin,
      body: { offsetMs: monthEnd(month).getTime() + MINUTE - Date.now() },
    })
    await page.reload()
    await page.getByRole('button', { name: month, pressed: true }).waitFor()
    await page.getByRole('button', { name: '公示本月积分' }).click()
    await page
      .getByTestId('confirm')
      .getByText(/公示后不能撤回/)
      .waitFor()
    await page.getByRole('button', { name: '取消' }).click()
    const view = () =>
      ok(200, 'GET', `/villages/${town.village}/months/${month}`, { token: town.admin })
    await expect(view()).resolves.toMatchObject({ status: 'open' })
    await page.getByRole('button', { name: '公示本月积分' }).click()
    await page.getByRole('button', { name: '确认公示' }).click()
    await page.getByText('已公示 1 户').waitFor()
    await expect(view()).resolves.toMatchObject({ status: 'published' })
  }, 90_000)

  it('the villager’s beans follow a purchase while the home is open', async () => {
    const page = await (await browser.newContext(PHONE_SIZE)).newPage()
    await page.clock.install()
    await signIn(page, town.phones.villager)
    const before = Number(await page.getByTestId('balance').getByText(/^\d+$/).innerText())
    await purchase(2)
    await page.clock.fastForward(31_000)
    await page
      .getByTestId('balance')
      .getByText(String(before - 10))
      .waitFor()
  }, 60_000)

  it('without signal for the roles, the home opens from last time and says so', async () => {
    const page = await signedIn(town.phones.villager)
    await page.getByTestId('pay-code').waitFor()
    await page.route('**/me/units', (route) => route.abort('internetdisconnected'))
    await page.reload()
    await page.getByTestId('pay-code').waitFor()
    await page.getByTestId('balance').getByText(/^\d+$/).waitFor()
    // Said once the client's retries are spent (a few seconds).
    await page.getByText(/^身份没有刷新（.+），这是上次的$/).waitFor({ timeout: 20_000 })
    await shoot(page, 'home-no-signal')
  }, 60_000)

  it('an expired session leads to signing in again', async () => {
    const page = await signedIn(town.phones.villager)
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('jifenbao.session')!)
      stored.data.token = 'expired'
      localStorage.setItem('jifenbao.session', JSON.stringify(stored))
    })
    await page.reload()
    await page.getByText('登录已过期，请重新登录').waitFor()
    await page.getByRole('button', { name: '登录', exact: true }).waitFor()
  }, 60_000)

  it('every inner page has a way back, also when opened on its own', async () => {
    const page = await signedIn(town.phones.villager)
    await page.getByRole('button', { name: /^山药豆明细/ }).click()
    // The statement has opened (a busy machine loads its package slowly) before going back.
    await page.waitForURL(/villager\/ledger/)
    await page.locator('.title', { hasText: '山药豆明细' }).waitFor()
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByTestId('balance').waitFor()

    await page.goto(`${process.env.E2E_APP_URL}#/villager/catalogue/index`)
    await page.reload()
    await page.getByRole('button', { name: '首页' }).click()
    await page.getByTestId('balance').waitFor()
  }, 60_000)
})
