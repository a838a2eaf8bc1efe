import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './browser'
import { lighthouse } from './lighthouse'
import { browserTown, browserTownWithBeans, PHONE_SIZE, signedInPage, signIn } from './town'

/** A control's role and name as a screen reader announces it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement
    const inner = e?.querySelector('input')
    return {
      role: e?.getAttribute('role') ?? inner?.type ?? e?.tagName.toLowerCase() ?? '',
      name: (
        e?.getAttribute('aria-label') ??
        inner?.getAttribute('aria-label') ??
        inner?.placeholder ??
        (e as HTMLElement | null)?.innerText ??
        ''
      ).trim(),
    }
  })

/**
 * The app for elderly villagers (issue 11): pinch-zoom allowed, 长辈版 one and a half times
 * the type, every control a named button reached by the keyboard, the pay code described in
 * words, and Lighthouse's accessibility and best-practice audits on the first screens.
 */
describe('usable by the elderly', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>
  const home = async () => {
    const page = await signedInPage(browser, town.phones.villager)
    await page.getByTestId('balance').getByText('8').waitFor()
    return page
  }

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTownWithBeans(8)
  }, 60_000)
  afterAll(() => browser?.close())

  it('lets the page be zoomed', async () => {
    const page = await home()
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content')
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/)
    expect(
      Number(/maximum-scale\s*=\s*([\d.]+)/.exec(viewport!)?.[1] ?? 10),
    ).toBeGreaterThanOrEqual(5)
  }, 60_000)

  it('长辈版 is on the first screen and makes the text one and a half times larger', async () => {
    const page = await home()
    const size = async () =>
      Number.parseFloat(
        await page
          .getByText('山药豆明细', { exact: true })
          .evaluate((e) => getComputedStyle(e).fontSize),
      )
    const normal = await size()
    const care = page.getByRole('button', { name: /长辈版/ })
    const box = (await care.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE_SIZE.viewport.height)
    await care.click()
    await expect(care.getAttribute('aria-pressed')).resolves.toBe('true')
    expect(await size()).toBeGreaterThanOrEqual(1.5 * normal)
  }, 60_000)

  it('reaches every control of the home by the keyboard, each with a name, and Enter opens it', async () => {
    const page = await home()
    const controls = await page
      .locator('[role=button], input, textarea')
      .evaluateAll((all) => all.filter((e) => (e as HTMLElement).offsetParent !== null).length)
    const reached: { role: string; name: string }[] = []
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab')
      const control = await focused(page)
      if (control.role !== 'body') reached.push(control)
    }
    const names = reached.map((c) => c.name)
    for (const expected of [
      '长辈版',
      '本月得分',
      '山药豆明细',
      '我要申报',
      '积分细则',
      '荣誉榜',
      '退出登录',
    ])
      expect(names.some((n) => n.startsWith(expected))).toBe(true)
    expect(reached.filter((c) => c.role === 'button' && !c.name)).toEqual([])
    expect(new Set(names).size).toBeGreaterThanOrEqual(controls)

    await page.getByRole('button', { name: /^山药豆明细/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: '返回' }).waitFor()
  }, 60_000)

  it('describes the pay code in words', async () => {
    const page = await home()
    await page.getByRole('img', { name: /付款码/ }).waitFor()
  }, 60_000)

  it('passes Lighthouse’s accessibility and best-practice audits on sign-in and the villager’s home', async () => {
    const app = process.env.E2E_APP_URL!
    const audits = {
      signIn: await lighthouse(`${app}#/pages/login/index`),
      home: await lighthouse(`${app}#/pages/index/index`, (page) =>
        signIn(page, town.phones.villager),
      ),
    }
    const below = Object.entries(audits).flatMap(([screen, { scores, failing }]) =>
      ['accessibility', 'best-practices']
        .filter((category) => !(scores[category]! >= 0.95))
        .map((category) => `${screen} ${category} ${scores[category]}: ${failing.join('; ')}`),
    )
    expect(below).toEqual([])
    // The home was audited signed in: it stayed on the home, not sent to sign in.
    expect(audits.home.url).toContain('#/pages/index/index')
  }, 300_000)
})
