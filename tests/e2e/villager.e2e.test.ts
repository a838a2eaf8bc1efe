import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser'
import { ok } from './http'
import { browserTown, browserTownWithBeans, PHONE_SIZE, signIn } from './town'

/** A villager opens the mini-program in the browser: beans, and a pay code a clerk can scan. */
describe('the villager’s home in Chromium', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTownWithBeans(50)
  }, 60_000)

  afterAll(() => browser?.close())

  it('signs in by phone, shows the beans, and a QR that decodes to a pay code the clerk can scan', async () => {
    const page = await browser.newPage(PHONE_SIZE)
    await signIn(page, town.phones.villager)

    await page.getByTestId('balance').getByText('50').waitFor()
    const qr = page.locator('[data-testid=pay-code] img')
    await qr.waitFor()
    await page.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') })
    const code = await qr.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(img, 0, 0)
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
      const decode = (
        window as unknown as {
          jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null
        }
      ).jsQR
      return decode(pixels.data, pixels.width, pixels.height)?.data ?? null
    })
    const { token: clerk } = await ok(200, 'POST', '/auth/dev', {
      body: { phone: town.phones.clerk, townId: town.townId },
    })
    const scanned = await ok(200, 'POST', `/shops/${town.shop}/scan`, {
      token: clerk,
      body: { code },
    })

    expect(code).toMatch(/^P1\./)
    expect(scanned).toEqual({ householdId: town.household, headName: '陈*兰', balance: 50 })
  }, 60_000)
})
