import { dateOf, monthEnd, monthOf, type Role } from '@jifenbao/shared'
import type { Browser, Page } from 'playwright-core'
import { ok } from './http'

let phoneSeq = Math.floor(Math.random() * 1e7)
export const nextPhone = () => `135${String(phoneSeq++ % 1e8).padStart(8, '0')}`

/**
 * A town of its own for a browser test: one village, grid, group and household, a shop
 * with goods, and one person per role, each with a phone to sign in with.
 */
export async function browserTown() {
  const { townId, adminToken: admin } = await ok(201, 'POST', '/dev/towns', {
    body: { name: '长山镇' },
  })
  const post = (path: string, body: unknown) => ok(201, 'POST', path, { token: admin, body })
  const village = (await post('/villages', { name: '东尉村' })).id as string
  const grid = (await post(`/villages/${village}/grids`, { name: '第一微网格' })).id as string
  const group = (await post(`/grids/${grid}/groups`, { name: '第一联户小组' })).id as string
  const household = (await post(`/groups/${group}/households`, { headName: '陈桂兰' })).id as string
  const shop = (
    await post('/shops', { name: '东尉村共富超市', kind: 'supermarket', villageIds: [village] })
  ).id as string
  await post(`/shops/${shop}/items`, { name: '肥皂', price: 5, stock: 20 })
  await post(`/shops/${shop}/items`, { name: '大米', price: 30 })

  const person = async (name: string, grant?: { role: Role; scopeId: string }, home?: string) => {
    const phone = nextPhone()
    const { id } = await post('/people', { name, phone, householdId: home })
    if (grant) await post('/roles', { personId: id, ...grant })
    return phone
  }
  return {
    townId,
    admin,
    village,
    group,
    household,
    shop,
    phones: {
      villager: await person('陈桂兰', undefined, household),
      leader: await person('王秀英', { role: 'linkLeader', scopeId: group }),
      reviewer: await person('吴国庆', { role: 'reviewBoard', scopeId: village }),
      infoAdmin: await person('周晓燕', { role: 'infoAdmin', scopeId: village }),
      clerk: await person('冯丽', { role: 'clerk', scopeId: shop }),
      townAdmin: await person('赵涛', { role: 'townAdmin', scopeId: townId }),
    },
  }
}

export type BrowserTown = Awaited<ReturnType<typeof browserTown>>

/** A browser test's town whose household opens with `beans` in hand (开户演示). */
export async function browserTownWithBeans(beans: number): Promise<BrowserTown> {
  const town = await browserTown()
  await ok(201, 'POST', `/households/${town.household}/adjustments`, {
    token: town.admin,
    body: { amount: beans, reason: '开户演示' },
  })
  return town
}

/** A session of one of the town's people, for calls the test makes in their name. */
export const tokenFor = async (town: BrowserTown, phone: string) =>
  (await ok(200, 'POST', '/auth/dev', { body: { phone, townId: town.townId } })).token as string

/** Opens the app in a phone-sized window and signs in by phone, as the local stage allows. */
export async function signIn(page: Page, phone: string) {
  await page.goto(`${process.env.E2E_APP_URL}#/pages/login/index`)
  await page.getByRole('spinbutton', { name: '手机号' }).fill(phone)
  await page.getByText('登录', { exact: true }).click()
  await page.getByText('退出登录').waitFor()
}

export const PHONE_SIZE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }

/**
 * This month of the town, finalised: an entry for its household (提出合理化建议被采纳, 2
 * points) approved, the month published and, after the objection window, finalised, by
 * running the town's clock past each date. Answers the month.
 */
export async function finalisedMonth(town: BrowserTown) {
  const token = (phone: string) => tokenFor(town, phone)
  const month = monthOf(new Date())
  const { id } = await ok(201, 'POST', '/entries', {
    token: await token(town.phones.leader),
    body: {
      householdId: town.household,
      indicatorCode: 'ZZ-03',
      occurredOn: dateOf(new Date()),
      quantity: 1,
    },
  })
  const board = await token(town.phones.reviewer)
  await ok(200, 'POST', `/entries/${id}/approve`, { token: board })
  const clock = (at: number) =>
    ok(200, 'POST', '/dev/clock', { token: town.admin, body: { offsetMs: at - Date.now() } })
  await clock(monthEnd(month).getTime() + 60_000)
  await ok(200, 'POST', `/villages/${town.village}/months/${month}/publish`, { token: board })
  await clock(monthEnd(month).getTime() + 8 * 86_400_000)
  await ok(200, 'POST', `/villages/${town.village}/months/${month}/finalize`, { token: board })
  return month
}

/** A phone-sized page in a browser context of its own, signed in as the person. */
export async function signedInPage(browser: Browser, phone: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE_SIZE)).newPage()
  await signIn(page, phone)
  return page
}
