import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { dateOf, quarterOf } from '@jifenbao/shared'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser'
import { ok } from './http'
import {
  browserTown,
  browserTownWithBeans,
  finalisedMonth,
  nextPhone,
  PHONE_SIZE,
  signedInPage,
  signIn,
  tokenFor,
} from './town'

/**
 * The staff's screens as the village uses them (issue 11): receipts that say whose and which,
 * a wrong photo taken off an entry, a phone that lost its signal, and the quarter's rankings
 * told as they stand.
 */
describe('staff screens', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>

  const signedIn = (phone: string) => signedInPage(browser, phone)
  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTownWithBeans(100)
  }, 60_000)
  afterAll(() => browser?.close())

  it('a receipt and the day’s list say whose it was and its number', async () => {
    const villager = await signedIn(town.phones.villager)
    const qr = await villager.locator('[data-testid=pay-code] img').screenshot()
    const page = await signedIn(town.phones.clerk)
    await page.getByRole('button', { name: /^扫码兑换/ }).click()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '拍照或上传付款码' }).click(),
    ])
    await chooser.setFiles({ name: 'code.png', mimeType: 'image/png', buffer: qr })
    // Four bags of rice (120) are more than the household's 100: 确认兑换 is grey and sends nothing.
    let sent = 0
    page.on('request', (r) => r.method() === 'POST' && /\/redemptions$/.test(r.url()) && sent++)
    for (let bag = 0; bag < 4; bag++)
      await page.getByRole('button', { name: '多拿一件大米' }).click()
    await page.getByText('合计 120 豆，山药豆不够').waitFor()
    const confirm = page.getByRole('button', { name: '确认兑换' })
    await expect(confirm.getAttribute('aria-disabled')).resolves.toBe('true')
    await confirm.dispatchEvent('click')
    await page.waitForTimeout(500)
    expect(sent).toBe(0)
    for (let bag = 0; bag < 4; bag++)
      await page.getByRole('button', { name: '少拿一件大米' }).click()
    await page.getByRole('button', { name: '多拿一件肥皂' }).click()
    await confirm.click()
    const receipt = page.getByTestId('receipt')
    await receipt.getByText('陈*兰 户').waitFor()
    const number = (await receipt.getByText(/^单号 \w{8}$/).innerText()).slice(3)

    await page.goBack()
    await page.getByRole('button', { name: /^今日兑换/ }).click()
    const row = page.locator('.card', { hasText: `单号 ${number}` })
    await row.getByText('陈*兰 户').waitFor()
  }, 60_000)

  it('a wrong photo can be taken off an entry before it is sent', async () => {
    const page = await signedIn(town.phones.leader)
    await page.getByRole('button', { name: /^我的农户/ }).click()
    await page.getByRole('button', { name: /陈桂兰/ }).click()
    await page.getByRole('button', { name: /参加村民会议/ }).click()
    const photo = await page.screenshot({ type: 'jpeg' })
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '拍照或选照片' }).click(),
    ])
    await chooser.setFiles({ name: 'wrong.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByText('已上传').waitFor()
    await page.getByRole('button', { name: '删掉第 1 张照片' }).click()
    await expect(page.getByText('已上传').count()).resolves.toBe(0)
    await page.getByText('这一项需要照片，请先拍照').waitFor()
    await expect(
      page.getByRole('button', { name: '提交' }).getAttribute('aria-disabled'),
    ).resolves.toBe('true')
  }, 60_000)

  it('without signal, the home keeps the beans it showed and a tile says why it did not open', async () => {
    const page = await (await browser.newContext(PHONE_SIZE)).newPage()
    await page.clock.install()
    await signIn(page, town.phones.villager)
    const balance = page.getByTestId('balance').getByText(/^\d+$/)
    const shown = await balance.innerText()
    await page.context().setOffline(true)
    // The renewal at 30 s and its three retries, a few seconds apart, all fail.
    await page.clock.fastForward(31_000)
    for (let retry = 1; retry <= 3; retry++) await page.clock.fastForward(retry * 1000 + 500)
    await page
      .getByText(/网络不好/)
      .first()
      .waitFor()
    await expect(balance.innerText()).resolves.toBe(shown)

    await page.getByRole('button', { name: /^积分细则/ }).click()
    await page.getByText('网络不好，页面没有打开，请有信号时再点').waitFor()
  }, 60_000)

  it('the roster previews each line, stops a broken phone, and a bind code can be had again later', async () => {
    const page = await signedIn(town.phones.infoAdmin)
    await page.getByRole('button', { name: /^录入农户/ }).click()
    await page.getByRole('button', { name: /第一微网格 · 第一联户小组/ }).click()
    const roster = page.locator('textarea')
    await roster.fill('赵大壮 东尉村32号 1390000\n钱小红 东尉村33号 13900000001')
    await page.getByText('第 1 行：“1390000”像是手机号，但不是 11 位，请改正或删掉').waitFor()
    const enter = page.getByRole('button', { name: /^录入 \d+ 户$/ })
    await expect(enter.getAttribute('aria-disabled')).resolves.toBe('true')
    const preview = page.getByTestId('roster-preview')
    await preview.getByText('钱小红 · 东尉村33号 · 13900000001').waitFor()

    await roster.fill('赵大壮 东尉村32号\n钱小红 东尉村33号 13900000001')
    await preview.getByText('赵大壮 · 东尉村32号').waitFor()
    await page.getByRole('button', { name: '录入 2 户' }).click()
    await page.getByTestId('roster-progress').getByText('已录入 2 / 2 户').waitFor()

    // Days later: the head of a household asks for a bind code again.
    await page.goto(`${process.env.E2E_APP_URL}#/leader/households/index`)
    await page.getByRole('button', { name: '绑定码：钱小红户' }).click()
    await page.getByRole('button', { name: '给 钱小红 一个绑定码' }).click()
    await page.getByText(/^钱小红的绑定码 \S+（请尽快交给本人）$/).waitFor()
  }, 60_000)

  it('the quarter’s rankings: sorted, groups with their grid, beans as beans, no medals before the quarter is final', async () => {
    // A second grid whose group bears the same name as the first grid's.
    const post = (path: string, body: unknown) => ok(201, 'POST', path, { token: town.admin, body })
    const grid = (await post(`/villages/${town.village}/grids`, { name: '第二微网格' })).id
    const group = (await post(`/grids/${grid}/groups`, { name: '第一联户小组' })).id
    await post(`/groups/${group}/households`, { headName: '刘德华' })
    // A month of entries for the first group's household, published and finalised.
    const month = await finalisedMonth(town)

    const page = await signedIn(town.phones.townAdmin)
    await page.getByRole('button', { name: /^季度评比/ }).click()
    // It opens on the last quarter, in which no month was finalised: said, not 第 1 名 for all.
    await page.getByText('这个季度还没有确认发豆的月份，暂无排名').waitFor()
    await expect(page.getByText(/第 1 名/).count()).resolves.toBe(0)
    await page.getByRole('button', { name: quarterOf(month) }).click()
    await page.getByRole('button', { name: '联户小组' }).click()
    const rows = page.getByTestId('rankings').locator('.row')
    await rows.getByText(/第二微网格 · 第一联户小组/).waitFor()
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^暂列第 1 名\s*东尉村 · 第一微网格 · 第一联户小组\s*2 豆$/),
      expect.stringMatching(/^暂列第 2 名\s*东尉村 · 第二微网格 · 第一联户小组\s*0 豆$/),
    ])
    await page
      .getByText('本季度还有月份没有确认，排名可能还会变；奖牌和奖励在季度确认后才定')
      .waitFor()
    await expect(page.getByText(/金牌|奖 \d+ 豆/).count()).resolves.toBe(0)
    await expect(
      page.getByRole('button', { name: '发放本季度奖励' }).getAttribute('aria-disabled'),
    ).resolves.toBe('true')
  }, 90_000)
})

describe('the review queue', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>
  const token = (phone: string) => tokenFor(town, phone)

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTown()
  }, 60_000)
  afterAll(() => browser?.close())

  it('says who submitted what, marks a self-report, approves a batch at once, and keeps a reviewer off their own', async () => {
    const post = (path: string, body: unknown, as = town.admin) =>
      ok(201, 'POST', path, { token: as, body })
    const neighbour = (await post(`/groups/${town.group}/households`, { headName: '李秀芝' })).id
    const today = dateOf(new Date())
    await post(
      '/entries/batch',
      { householdIds: [town.household, neighbour], indicatorCode: 'ZZ-03', occurredOn: today },
      await token(town.phones.leader),
    )
    await post(
      '/entries',
      { householdId: town.household, indicatorCode: 'ZZ-01', occurredOn: today },
      await token(town.phones.villager),
    )
    const phone = nextPhone()
    const { id } = await post('/people', { name: '孙立军', phone })
    await post('/roles', { personId: id, role: 'villageLeader', scopeId: town.village })
    await post(
      '/entries',
      { householdId: neighbour, indicatorCode: 'ZZ-06', occurredOn: today },
      await token(phone),
    )

    const board = await (await browser.newContext(PHONE_SIZE)).newPage()
    await signIn(board, town.phones.reviewer)
    await board.getByRole('button', { name: /^待审核/ }).click()
    const queue = board.getByTestId('queue')
    await queue.getByText('提交人：王秀英').first().waitFor()
    await queue.locator('.card', { hasText: '按时缴纳各项费用' }).getByText('村民自报').waitFor()
    await board.getByRole('button', { name: '这一批全部通过（2 条）' }).click()
    await board.getByText('已通过这一批 2 条').waitFor()
    await queue.locator('.card').nth(2).waitFor({ state: 'detached' })
    await expect(queue.locator('.card').count()).resolves.toBe(2)

    const leader = await (await browser.newContext(PHONE_SIZE)).newPage()
    await signIn(leader, phone)
    await leader.getByRole('button', { name: /^待审核/ }).click()
    const own = leader.getByTestId('queue').locator('.card', { hasText: '配合村级信息采集' })
    await own.getByText('这条是您提交的，要由另一位审核人审核').waitFor()
    await expect(
      own.getByRole('button', { name: '通过', exact: true }).getAttribute('aria-disabled'),
    ).resolves.toBe('true')
  }, 90_000)

  it('a rejected entry is corrected and sent again from 我提交的', async () => {
    const { id } = await ok(201, 'POST', '/entries', {
      token: await token(town.phones.leader),
      body: {
        householdId: town.household,
        indicatorCode: 'ZZ-06',
        occurredOn: dateOf(new Date()),
        note: '上门采集',
      },
    })
    await ok(200, 'POST', `/entries/${id}/reject`, {
      token: await token(town.phones.reviewer),
      body: { reason: '请写明采集了什么' },
    })
    const page = await signedInPage(browser, town.phones.leader)
    await page.getByRole('button', { name: /^我提交的/ }).click()
    await page.getByText('退回原因：请写明采集了什么').waitFor()
    await page.getByRole('button', { name: '改正后重新提交' }).click()
    await page.getByText('退回原因：请写明采集了什么，改正后请再提交').waitFor()
    await page.getByRole('button', { name: /配合村级信息采集/, pressed: true }).waitFor()
    const note = page.getByRole('textbox', { name: '备注（可不填）' })
    await expect(note.inputValue()).resolves.toBe('上门采集')
    await note.fill('上门采集户籍、人口信息')
    await page.getByRole('button', { name: '提交' }).click()
    await page
      .getByTestId('entry-done')
      .getByText(/已提交/)
      .waitFor()
    const { items } = await ok(
      200,
      'GET',
      `/entries?householdId=${town.household}&status=pending`,
      { token: town.admin },
    )
    expect(items.map((e: { note: string }) => e.note)).toContain('上门采集户籍、人口信息')
  }, 60_000)
})

describe('a household’s month and its beans', () => {
  let browser: Browser
  let town: Awaited<ReturnType<typeof browserTown>>
  let month: string

  beforeAll(async () => {
    browser = await launchChromium()
    town = await browserTown()
    month = await finalisedMonth(town)
  }, 60_000)
  afterAll(() => browser?.close())

  it('opens on the last published month, its status clear of the score, and a posting opens to its entries', async () => {
    const page = await signedInPage(browser, town.phones.villager)
    await page.getByRole('button', { name: /^本月得分/ }).click()
    await page.getByRole('button', { name: month, pressed: true }).waitFor()
    const status = (await page.getByTestId('my-score').getByText('已确认发豆').boundingBox())!
    const score = (await page.getByTestId('my-score').getByText('2 分').boundingBox())!
    expect(status.y + status.height).toBeLessThanOrEqual(score.y)

    await page.getByRole('button', { name: '返回' }).click()
    await page.getByRole('button', { name: /^山药豆明细/ }).click()
    await page.getByRole('button', { name: new RegExp(`月度积分（${month}）`) }).click()
    const source = page.getByTestId('posting-source')
    await source.getByText('提出合理化建议被采纳').waitFor()
    await source.getByText(`${month} 共 2 分，每分 1 豆，共 2 豆`).waitFor()
  }, 60_000)
})
