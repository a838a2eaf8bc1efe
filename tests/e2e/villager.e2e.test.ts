import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser'
import { ok } from './http'

const ARTIFACTS = join(__dirname, 'artifacts')

/** A villager opens the mini-program in the browser: beans, and a pay code a clerk can scan. */
describe('the villager’s home in Chromium', () => {
  let browser: Browser
  let admin: string
  let householdId: string
  let shopId: string
  let clerk: string
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

  beforeAll(async () => {
    browser = await launchChromium()
    const town = await ok(201, 'POST', '/dev/towns', { body: { name: '长山镇' } })
    admin = town.adminToken
    const village = await ok(201, 'POST', '/villages', { token: admin, body: { name: '东尉村' } })
    const grid = await ok(201, 'POST', `/villages/${village.id}/grids`, {
      token: admin,
      body: { name: '第一微网格' },
    })
    const group = await ok(201, 'POST', `/grids/${grid.id}/groups`, {
      token: admin,
      body: { name: '第一联户小组' },
    })
    householdId = (
      await ok(201, 'POST', `/groups/${group.id}/households`, {
        token: admin,
        body: { headName: '陈桂兰' },
      })
    ).id
    await ok(201, 'POST', '/people', { token: admin, body: { name: '陈桂兰', phone, householdId } })
    await ok(201, 'POST', `/households/${householdId}/adjustments`, {
      token: admin,
      body: { amount: 50, reason: '开户演示' },
    })
    shopId = (
      await ok(201, 'POST', '/shops', {
        token: admin,
        body: { name: '东尉村共富超市', kind: 'supermarket', villageIds: [village.id] },
      })
    ).id
    const clerkPhone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
    const { id } = await ok(201, 'POST', '/people', {
      token: admin,
      body: { name: '冯丽', phone: clerkPhone },
    })
    await ok(201, 'POST', '/roles', {
      token: admin,
      body: { personId: id, role: 'clerk', scopeId: shopId },
    })
    clerk = (
      await ok(200, 'POST', '/auth/dev', { body: { phone: clerkPhone, townId: town.townId } })
    ).token
  }, 60_000)

  afterAll(() => browser?.close())

  it('signs in by phone, shows the beans, and a QR that decodes to a pay code the clerk can scan', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
    })
    await page.goto(`${process.env.E2E_APP_URL}#/pages/login/index`)
    await page.getByRole('spinbutton', { name: '手机号' }).fill(phone)
    await page.getByText('登录', { exact: true }).click()

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
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'villager-home.png') })
    const scanned = await ok(200, 'POST', `/shops/${shopId}/scan`, { token: clerk, body: { code } })

    expect(code).toMatch(/^P1\./)
    expect(scanned).toEqual({ householdId, headName: '陈*兰', balance: 50 })
  }, 60_000)
})
