import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addMonths,
  dateOf,
  dayStart,
  monthZh,
  monthEnd,
  monthOf,
  monthsOfQuarter,
  quarterOf,
  routes,
} from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ARTIFACTS, launchChromium, shoot as shootPage } from './browser'
import { ok } from './http'
import { lighthouse } from './lighthouse'
import { nextPhone, PHONE_SIZE, signIn } from './town'

const DESK = { viewport: { width: 1280, height: 800 } }
const HOUR = 3_600_000
const DAY = 86_400_000

/**
 * The town's whole first month, set up from nothing through the screens: the town admin's
 * console at 1280×800 does the office's part, the leader, reviewer, villager and clerk their
 * phones'. Only the sign-in and the town's clock are the local stage's own calls. Every
 * request is logged, and every route of the contract must have been called by some screen.
 *
 * The quarter is the next one after today, so that both clocks (the server's, and each
 * browser's) can run through it: the month of work is its third month.
 */
describe('a town set up and run from the office console', () => {
  let browser: Browser
  let admin: Page
  let adminToken: string
  const adminPhone = nextPhone()
  const contexts: BrowserContext[] = []
  const requests = new Set<string>()
  const quarter = quarterOf(addMonths(monthOf(new Date()), 3))
  const [first, second, month] = monthsOfQuarter(quarter)
  const api = new URL(process.env.E2E_API_URL!)
  const phones = { leader: nextPhone(), reviewer: nextPhone(), villager: nextPhone() }
  const staffPhones = { clerk: nextPhone(), infoAdmin: nextPhone(), villageLeader: nextPhone() }
  // Mid-morning in Shanghai, so that no step's day turns over while the test runs.
  let now = dayStart(`${month}-10`).getTime() + 10 * HOUR

  /** Runs the town's clock and every browser's to `at`. */
  const clockTo = async (at: number) => {
    now = at
    await ok(200, 'POST', '/dev/clock', {
      token: adminToken,
      body: { offsetMs: at - Date.now() },
    })
    await Promise.all(contexts.map((c) => c.clock.setFixedTime(at)))
  }
  const open = async (size: object, phone: string) => {
    const context = await browser.newContext(size)
    await context.clock.setFixedTime(now)
    context.on('request', (r) => {
      const url = new URL(r.url())
      if (url.origin === api.origin) requests.add(`${r.method()} ${url.pathname}`)
    })
    contexts.push(context)
    const page = await context.newPage()
    await signIn(page, phone)
    return page
  }
  /** The console's screenshots: the window as the person sees it, not the whole page. */
  const shoot = (page: Page, name: string) =>
    shootPage(page, `console-${name}`, { fullPage: false })
  const button = (scope: Page | ReturnType<Page['locator']>, name: string | RegExp) =>
    scope.getByRole('button', { name, exact: typeof name === 'string' })
  const box = (scope: Page | ReturnType<Page['locator']>, name: string) =>
    scope.getByRole('textbox', { name, exact: true })
  const menu = async (title: string) => {
    await button(admin.getByRole('navigation'), title).click()
    await admin.getByRole('main').getByText(title, { exact: true }).first().waitFor()
  }
  /** Presses a download button and reads the file back: its name and its rows (header first). */
  const saved = async (page: Page, name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(page, name).click(),
    ])
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile((await download.path())!)
    const rows = book.worksheets[0]!.getSheetValues().slice(1) as unknown[][]
    return { name: download.suggestedFilename(), rows: rows.map((r) => r.slice(1)) }
  }
  /** Presses a print button and reads the PDF back with poppler: its name and its text. */
  const printed = async (page: Page, name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button(page, name).click(),
    ])
    const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], {
      encoding: 'utf8',
    })
    return { name: download.suggestedFilename(), text }
  }
  const said = (text: string | RegExp) => admin.getByRole('status').getByText(text).waitFor()
  /** A row of a table (in `scope`) holding every one of the texts. */
  const rowWith = (scope: Page | ReturnType<Page['locator']>, ...texts: string[]) =>
    texts.reduce((row, text) => row.filter({ hasText: text }), scope.getByRole('row'))

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    browser = await launchChromium()
  }, 60_000)
  afterAll(() => browser?.close())

  it('the town admin signs in to a new town and sets its rules, checked as typed', async () => {
    adminToken = (await ok(201, 'POST', '/dev/towns', { body: { name: '青山镇', adminPhone } }))
      .adminToken
    await clockTo(now)
    admin = await open(DESK, adminPhone)
    await button(admin, /^办公台/).click()
    // The console opens on its overview; a new town has nothing waiting.
    await admin.getByText('都办完了', { exact: false }).waitFor()
    await menu('镇设置')

    await box(admin, '公示期（天）').fill('40')
    await admin.getByText('公示期最多 30 天').waitFor()
    await expect(button(admin, '保存设置').getAttribute('aria-disabled')).resolves.toBe('true')
    await box(admin, '公示期（天）').fill('3')
    await button(admin, '保存设置').click()
    await said('已保存：新的规则从下一次公示起生效')
    await shoot(admin, '01-config')
  }, 90_000)

  it('adds, edits, retires and deletes indicators; past entries keep their points', async () => {
    await menu('积分指标')
    const add = async (code: string, name: string, points: string) => {
      await box(admin, '编码').fill(code)
      await box(admin, '名称').fill(name)
      await box(admin, '分值').fill(points)
      await button(admin, '添加').click()
      await said('已添加到目录')
    }
    await box(admin, '分值').fill('0')
    await admin.getByText('分值不能为 0').waitFor()
    await add('QS-01', '清理门前杂物', '2')
    await add('QS-02', '试用指标', '1')

    await box(admin, '筛选指标').fill('QS-01')
    await button(admin, '修改').click()
    await admin.getByText('修改 QS-01（已记的分不变）').waitFor()
    await box(admin, '分值').fill('3')
    await button(admin, '保存修改').click()
    await said('已修改 QS-01：已记的分不变，新记录按新规则')
    await rowWith(admin, 'QS-01', '清理门前杂物')
      .getByRole('cell', { name: '3', exact: true })
      .waitFor()

    await box(admin, '筛选指标').fill('QS-02')
    await button(admin, '停用').click()
    await said('QS-02 已停用：已记的分不变，不能再记新分')
    await button(admin, '删除').click()
    await admin.getByText(/删除 QS-02 试用指标：只有从没记过分的指标能删/).waitFor()
    await button(admin, '确认删除').click()
    await said('QS-02 已删除')
    await admin.getByText('没有符合筛选的记录').waitFor()
    await shoot(admin, '02-catalogue')
  }, 90_000)

  it('creates a village with two grids and a group in each', async () => {
    await menu('村与网格')
    await box(admin, '新村名称').fill('东尉村')
    await button(admin, '新建村').click()
    await admin.getByText('东尉村的网格和小组').waitFor()
    for (const grid of ['第一网格', '第二网格']) {
      await box(admin, '新微网格名称').fill(grid)
      await button(admin, '新建微网格').click()
      await admin.locator('.office-tree__grid', { hasText: grid }).waitFor()
    }
    for (const [grid, group] of [
      ['第一网格', '一组'],
      ['第二网格', '二组'],
    ] as const) {
      await button(admin, grid).click()
      await box(admin, '新联户小组名称').fill(group)
      await button(admin, '新建联户小组').click()
      await admin.getByText(`${group}（0 户）`).waitFor()
    }
    await shoot(admin, '03-villages')
  }, 90_000)

  it('enters the paper roster by pasting it, and hands out the Excel template', async () => {
    await menu('录入名册')
    const template = await saved(admin, '下载 Excel 名册模板')
    expect(template.name).toBe('花名册模板.xlsx')
    expect(template.rows[0]).toEqual(
      expect.arrayContaining(['网格', '联户小组', '户主', '姓名', '手机号']),
    )

    await button(admin, '打开名册录入').click()
    await button(admin, '第一网格 · 一组（0 户）').click()
    await admin
      .locator('textarea')
      .fill(
        `陈桂兰 东尉村1号 ${phones.villager}\n李建国 东尉村2号\n王秀英 东尉村3号 ${phones.leader}\n赵大壮 东尉村4号`,
      )
    await admin.getByTestId('roster-preview').getByText('第 4 行').waitFor()
    await button(admin, '录入 4 户').click()
    await admin.getByTestId('roster-progress').getByText('已录入 4 / 4 户').waitFor()
    await shoot(admin, '04-roster')
    await admin.goBack()
    await button(admin, '打开名册录入').waitFor()
  }, 90_000)

  it('keeps people and households: corrections, a member, 分户, a move, 注销, beans and the negative list', async () => {
    await menu('农户与人员')
    const table = admin.getByRole('table', { name: '农户' })
    await rowWith(table, '赵大壮').waitFor()
    const household = admin.getByTestId('household-panel')
    const person = admin.getByTestId('person-panel')
    const openHousehold = async (head: string) => {
      await button(admin, `打开 ${head} 户`).click()
      await household.getByText(new RegExp(`^${head} 户`)).waitFor()
    }

    await openHousehold('陈桂兰')
    await button(household, '打开 陈桂兰').click()
    await person.getByText(/新手机号（现为 1\d{2}\*{4}\d{4}）/).waitFor()
    await box(person, '新身份证号（现为 无）').fill('11010519491231002X')
    await button(person, '党员').click()
    await button(person, '保存改正').click()
    await person.getByRole('status').getByText('已改正').waitFor()
    await button(person, '发新的绑定码').click()
    await button(person, '确认发码').click()
    await person.getByText(/^绑定码：\S+$/).waitFor()

    await box(household.getByTestId('new-person'), '姓名').fill('陈小军')
    await button(household, '添加这个人').click()
    await household.getByRole('status').getByText('已添加：陈小军').waitFor()
    await household.getByRole('table', { name: '成员' }).getByText('陈小军').waitFor()
    await button(household, '陈小军').click()
    await box(household, '新户主姓名').fill('陈小军')
    await button(household, '第二网格 · 二组').click()
    await button(household, '分户').click()
    await household.getByText(/选中的 1 人分出去，在 第二网格 · 二组 另立一户/).waitFor()
    await button(household, '确认分户').click()
    await household.getByRole('status').getByText('已分户：新户在农户名单里').waitFor()
    await rowWith(table, '陈小军').waitFor()

    await box(household, '调整数').fill('100')
    await box(household, '原因').first().fill('开户演示')
    await button(household, '调整').click()
    await household.getByText(/给 陈桂兰 户加 100 豆/).waitFor()
    await button(household, '确认调整').click()
    await household.getByText(/余 100 豆/).waitFor()
    const ledger = await saved(admin, '下载山药豆明细（Excel）')
    expect(ledger.name).toBe('陈某兰户山药豆明细.xlsx')
    expect(ledger.rows.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      ['镇里调整', '开户演示', 100, 100],
    ])

    await openHousehold('李建国')
    await button(household, '第二网格 · 二组').click()
    await button(household, '整户迁过去').click()
    await button(household, '确认迁户').click()
    await household.getByRole('status').getByText('已迁到 第二网格 · 二组').waitFor()
    await button(household, '不参加评优').click()
    await box(household, '原因').last().fill('乱堆柴草')
    await button(household, '列入负面清单').click()
    await household.getByText(/不参加评优 · 乱堆柴草 · .* 起 · 生效中/).waitFor()
    await box(household, '解除原因（如：整改到位）').fill('已整改')
    await button(household, '解除').click()
    await button(household, '确认解除').click()
    await household.getByText(/不参加评优 · 乱堆柴草 .* 已解除/).waitFor()

    await openHousehold('赵大壮')
    await box(household, '注销原因').fill('全家迁往县城')
    await button(household, '注销这一户').click()
    await household.getByText(/从下一个还没公示的月份起，不再计入小组、排名和评优/).waitFor()
    await button(household, '确认注销').click()
    await household.getByText('赵大壮 户 · 余 0 豆 · 已注销（全家迁往县城）').waitFor()
    await rowWith(table, '赵大壮').waitFor({ state: 'detached' })

    // 王秀英 leads 一组; 陈桂兰 is made grid leader, then relieved of it.
    await openHousehold('王秀英')
    await button(household, '打开 王秀英').click()
    await button(person, '联户小组长').click()
    await button(person, '第一网格 · 一组').click()
    await button(person, '任命').click()
    await person.getByRole('status').getByText('已任命为联户小组长').waitFor()
    await openHousehold('陈桂兰')
    await button(household, '打开 陈桂兰').click()
    await button(person, '微网格长').click()
    await button(person, '第一网格').click()
    await button(person, '任命').click()
    await person.getByRole('status').getByText('已任命为微网格长').waitFor()
    await button(person, '撤销').click()
    await button(person, '确认撤销').click()
    await person.getByText('没有职务').waitFor()
    await shoot(admin, '05-households')
  }, 120_000)

  it('appoints the village’s staff and opens a shop with goods and a clerk', async () => {
    await menu('工作人员')
    const staff: [string, string, string, string][] = [
      ['吴国庆', phones.reviewer, '领导小组成员', '东尉村'],
      ['周晓燕', staffPhones.infoAdmin, '信息管理员', '东尉村'],
      ['孙建华', staffPhones.villageLeader, '村级网格长', '东尉村'],
      ['钱镇长', nextPhone(), '镇管理员', '本镇'],
    ]
    const person = admin.getByTestId('person-panel')
    for (const [name, phone, role, scope] of staff) {
      await box(admin.getByTestId('new-person'), '姓名').fill(name)
      await box(admin.getByTestId('new-person'), '手机号（可不填）').fill(phone)
      await button(admin, '添加这个人').click()
      await person.getByText(name, { exact: true }).waitFor()
      await button(person, role).click()
      await button(person, scope).click()
      await button(person, '任命').click()
      await person.getByRole('status').getByText(`已任命为${role}`).waitFor()
    }

    await menu('超市与商品')
    await box(admin, '名称').fill('东尉村共富超市')
    await button(admin, '东尉村').click()
    await button(admin, '添加').click()
    await button(admin, '打开 东尉村共富超市').click()
    for (const [name, price, stock] of [
      ['肥皂', '5', '20'],
      ['大米', '30', ''],
    ]) {
      await box(admin, '商品名称').fill(name!)
      await box(admin, '价格（山药豆）').fill(price!)
      await box(admin, '库存（不限可不填）').fill(stock!)
      await button(admin, '上架').click()
      await said(`已上架：${name}`)
    }
    const rice = rowWith(admin, '大米')
    await box(rice, '大米 的新价格或库存').fill('28')
    await button(rice, '改价').click()
    await said('大米 改为 28 豆')
    await box(rice, '大米 的新价格或库存').fill('50')
    await button(rice, '改库存').click()
    await said('大米 库存改为 50')
    await button(rice, '下架').click()
    await said('大米 已下架')
    await rice.locator('.office-off', { hasText: '已下架' }).waitFor()

    await box(admin.getByTestId('new-person'), '姓名').fill('冯丽')
    await box(admin.getByTestId('new-person'), '手机号（可不填）').fill(staffPhones.clerk)
    await button(admin, '添加这个人').click()
    await said('已任命为本店店员')
    await shoot(admin, '06-shop')
  }, 120_000)

  it('the link leader records an activity and a meeting; the board approves one and sends one back', async () => {
    const leader = await open(PHONE_SIZE, phones.leader)
    await button(leader, /^活动批量记分/).click()
    await button(leader, '陈桂兰').click()
    await button(leader, '王秀英').click()
    await leader.getByText('清理门前杂物').click()
    await button(leader, '提交').click()
    await leader.getByText('已为 2 户记分，等待村里审核').waitFor()
    await leader.goBack()
    await button(leader, /^我的农户/).click()
    await leader.getByText('陈桂兰').first().click()
    await leader.getByText('参加村民会议、议事活动').click()
    const [chooser] = await Promise.all([
      leader.waitForEvent('filechooser'),
      leader.getByText('拍照或选照片').click(),
    ])
    await chooser.setFiles({
      name: 'meeting.jpg',
      mimeType: 'image/jpeg',
      buffer: await leader.screenshot({ type: 'jpeg' }),
    })
    await leader.getByText('已上传').waitFor()
    await button(leader, '提交').click()
    await leader
      .getByTestId('entry-done')
      .getByText(/已提交/)
      .waitFor()

    // The overview names what waits, and its button goes there.
    await menu('概览')
    const waiting = `东尉村 ${monthZh(month)}：3 条记分待审核`
    await admin.getByText(waiting).waitFor()
    await button(admin, `去审核：${waiting}`).click()
    await admin.getByRole('main').getByText('审核记分', { exact: true }).first().waitFor()

    const board = await open(PHONE_SIZE, phones.reviewer)
    await button(board, /^待审核/).click()
    await button(board, '这一批全部通过（2 条）').click()
    await button(board, '这一批全部通过（2 条）').waitFor({ state: 'detached' })
    await box(board, '退回时请写原因').fill('照片看不清')
    await button(board, '退回').click()
    await button(board, '确认退回').click()
    await board.getByText('这个月没有待审核的记分').waitFor()
  }, 120_000)

  it('publishes the quarter’s months from the console, answers an objection, and finalises', async () => {
    // The two earlier months of the quarter, with nothing recorded, are published and settled.
    await menu('月度公示')
    const publish = async (m: string, households: number) => {
      await button(admin, m).click()
      await button(admin, '公示本月积分').click()
      await button(admin, '确认公示').click()
      await admin.getByText(`已公示 ${households} 户`).waitFor()
      await admin.getByText('公示中：异议处理完、公示期满后确认发豆').waitFor()
    }
    const finalise = async (m: string) => {
      await button(admin, m).click()
      await button(admin, '确认发豆').click()
      await button(admin, '确认，发到各户').click()
      await admin.getByText(/^已确认，\d+ 户的山药豆已到账$/).waitFor()
    }
    await publish(first, 4)
    await publish(second, 4)
    await clockTo(now + 4 * DAY)
    await finalise(first)
    await finalise(second)

    await clockTo(monthEnd(month).getTime() + 10 * HOUR)
    await menu('农户与人员')
    await menu('月度公示')
    await publish(month, 4)
    await shoot(admin, '07-month')

    const villager = await open(PHONE_SIZE, phones.villager)
    await button(villager, /^本月得分/).click()
    await box(villager, '请写明哪一条不对、为什么').fill('我家那天也去开会了')
    await button(villager, '提出异议').click()
    await villager.getByText('异议已提交，村里会在公示期内答复').waitFor()

    await button(admin, second).click()
    await button(admin, month).click()
    await box(admin, '处理意见').fill('会议签到表上没有')
    await button(admin, '异议不成立').click()
    await admin.getByText('异议不成立，已答复').waitFor()
    await clockTo(now + 4 * DAY)
    await finalise(month)
    const poster = await saved(admin, '下载公示表（Excel）')
    expect(poster.name).toBe(`东尉村${monthZh(month)}公示.xlsx`)
    expect(poster.rows.slice(1).map((r) => [r[0], r[8]])).toEqual(
      expect.arrayContaining([
        ['陈*兰', 3],
        ['王*英', 3],
      ]),
    )
    const board = await printed(admin, '打印公示（PDF，贴村务公开栏）')
    expect(board.name).toBe(`东尉村${monthZh(month)}积分公示.pdf`)
    expect(board.text).toContain('本月已定稿')
    expect(board.text).toContain('陈*兰')
  }, 180_000)

  it('the villager spends at the shop; the clerk voids a mistake; the statement shows it', async () => {
    const villager = contexts.at(-1)!.pages()[0]!
    await villager.goBack()
    await button(villager, /^山药豆明细/).click()
    await villager.getByText('月度积分').first().waitFor()
    const own = await saved(villager, '导出明细（Excel）')
    expect(own.rows.at(-1)!.slice(4)).toEqual([3, 103])
    await villager.goBack()
    const clerk = await open(PHONE_SIZE, staffPhones.clerk)
    // Each sale is paid with a fresh code: the page asks for one as it opens.
    const sell = async () => {
      await villager.reload()
      const qr = await villager.locator('[data-testid=pay-code] img').screenshot()
      await button(clerk, /^扫码兑换/).click()
      const [chooser] = await Promise.all([
        clerk.waitForEvent('filechooser'),
        button(clerk, '拍照或上传付款码').click(),
      ])
      await chooser.setFiles({ name: 'code.png', mimeType: 'image/png', buffer: qr })
      await button(clerk, '多拿一件肥皂').click()
      await button(clerk, '确认兑换').click()
      await clerk.getByTestId('receipt').getByText('兑换成功，共 5 豆').waitFor()
      await clerk.goBack()
    }
    await sell()
    await sell()
    await button(clerk, /^今日兑换/).click()
    await clerk.getByRole('textbox', { name: '撤销原因' }).first().fill('扫错了')
    await button(clerk, '撤销这笔').first().click()
    await button(clerk, '确认撤销').click()
    await clerk.getByText('已撤销（扫错了）').waitFor()
    await clerk.goBack()
    await button(clerk, /^对账单/).click()
    await clerk.getByText(/：共 1 笔，5 豆$/).waitFor()

    await menu('超市与商品')
    await button(admin, '打开 东尉村共富超市').click()
    await box(admin, '开始日期').fill(`${first}-01`)
    await box(admin, '结束日期').fill(dateOf(new Date(now)))
    await button(admin, '查看').click()
    await admin.getByText(`${first}-01 至 ${dateOf(new Date(now))}：共 1 笔，5 豆`).waitFor()
    await admin.getByRole('table', { name: '兑换单' }).getByText('已撤销：扫错了').waitFor()
    const statement = await saved(admin, '下载对账单（Excel，每笔一行）')
    expect(statement.rows.at(-1)).toEqual(['合计 1 笔', undefined, undefined, undefined, 5])
    expect(statement.rows).toHaveLength(4)
    await shoot(admin, '08-statement')
  }, 120_000)

  it('ranks the quarter and awards it, shows the year’s honours, and the system answers', async () => {
    await menu('评比与评优')
    await button(admin, quarter).click()
    await button(admin, '发放本季度奖励').click()
    await button(admin, '确认发放').click()
    await admin.getByText(/^已发放：/).waitFor()
    await admin.getByText('本季度奖励已发放到各户').waitFor()
    await button(admin, '发放本季度奖励').waitFor({ state: 'detached' })
    const rankings = await saved(admin, '下载排名表（Excel）')
    expect(rankings.rows[1]!.slice(0, 5)).toEqual([1, '东尉村', '第一网格', 2, 6])
    const lastYear = String(Number(quarter.slice(0, 4)) - 1)
    await button(admin, `${lastYear} 年`).click()
    const honours = await saved(admin, '下载评优名单（Excel）')
    const party = await saved(admin, '下载党员户情况（Excel）')
    expect([honours.name, party.name]).toEqual([
      `东尉村${lastYear}年度评优.xlsx`,
      `东尉村${lastYear}年党员户情况.xlsx`,
    ])
    const certificates = await printed(admin, '打印荣誉证书（PDF，每户一页）')
    expect(certificates.name).toBe(`东尉村${lastYear}年度荣誉证书.pdf`)
    expect(certificates.text).toContain(`${lastYear}年度本村没有评优户`)
    await admin.getByText('党员户报告').waitFor()
    await shoot(admin, '09-honours')
    await menu('系统状态')
    await admin.getByText('服务正常').waitFor()
  }, 90_000)

  it('the audit log names who did each step, with before and after', async () => {
    await menu('操作记录')
    await box(admin, '日期').fill(`${month}-10`)
    await button(admin, '查询').click()
    const trail = admin.getByRole('table', { name: '审计记录' })
    await box(admin, '筛选审计记录').fill('任命')
    await rowWith(trail, '青山镇管理员', '任命').first().waitFor()
    await box(admin, '筛选审计记录').fill('')
    await button(admin, '审核通过').click()
    await rowWith(trail, '吴国庆', '审核通过').first().waitFor()
    await button(admin, '全部').click()
    await box(admin, '筛选审计记录').fill('记分')
    await button(trail, /^看记分 /)
      .first()
      .click()
    await admin
      .getByTestId('entry-detail')
      .getByText(/提交人 王秀英/)
      .waitFor()
    await box(admin, '筛选审计记录').fill('改镇设置')
    await rowWith(trail, 'objectionDays: 7 → 3').waitFor()
    await shoot(admin, '10-audit')
  }, 90_000)

  /** Waits until the chart of that name has something drawn on its canvas (not one colour). */
  const drawn = (page: Page, name: RegExp) =>
    page.waitForFunction((source) => {
      const canvas = Array.from(document.querySelectorAll('canvas')).find((c) =>
        new RegExp(source).test(c.getAttribute('aria-label') ?? ''),
      )
      if (!canvas?.width) return false
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      const colours = new Set<number>()
      for (let i = 0; i < data.length; i += 4)
        colours.add(data[i]! * 65536 + data[i + 1]! * 256 + data[i + 2]!)
      return colours.size > 2
    }, name.source)

  it('the overview: nothing left to do, the beans held, and the year drawn as charts', async () => {
    await menu('概览')
    await admin.getByText('都办完了', { exact: false }).waitFor()
    const board = await ok(200, 'GET', '/dashboard', { token: adminToken })
    const year = await ok(200, 'GET', `/reports/activity?year=${month.slice(0, 4)}`, {
      token: adminToken,
    })
    const share = `${Math.round(year.items[0].activeShare * 1000) / 10}%`
    await admin.getByText(String(board.outstanding), { exact: true }).waitFor()
    expect(board.outstanding).toBeGreaterThan(0)
    const charts = [new RegExp(`^东尉村 ${share}$`), /^近 12 个月共获得/, /^自治 \d+ 分/]
    for (const chart of charts) await drawn(admin, chart)
    await shoot(admin, '14-overview')
    // On a phone the charts narrow to the screen: nothing is wider than it.
    await admin.setViewportSize(PHONE_SIZE.viewport)
    await admin.waitForFunction(() =>
      Array.from(document.querySelectorAll('canvas')).every(
        (c) => c.getBoundingClientRect().right <= window.innerWidth,
      ),
    )
    for (const chart of charts) await drawn(admin, chart)
    await admin.getByRole('img', { name: /^近 12 个月共获得/ }).scrollIntoViewIfNeeded()
    await shoot(admin, '14-overview-phone')
    expect(
      await admin.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0)
    await admin.setViewportSize(DESK.viewport)

    // The village's leader sees the same overview, of the village alone.
    const leader = await open(PHONE_SIZE, staffPhones.villageLeader)
    await button(leader, /^办公台/).click()
    await leader.getByText('都办完了', { exact: false }).waitFor()
    await drawn(leader, charts[0]!)
    await shoot(leader, '15-overview-village')
  }, 90_000)

  it('reports the villages’ participation and the year’s assessment, and files both as spreadsheets', async () => {
    await menu('报表')
    await button(admin, monthZh(month)).click()
    await rowWith(admin.getByRole('table', { name: '各村活跃度' }), '东尉村').waitFor()
    const { items } = await ok(200, 'GET', `/reports/activity?month=${month}`, {
      token: adminToken,
    })
    expect(items[0].activeHouseholds).toBeGreaterThan(0)
    const file = await saved(admin, '下载活跃度报表（Excel）')
    expect(file.name).toBe(`青山镇${monthZh(month)}活跃度报表.xlsx`)
    expect(file.rows[1]).toEqual(Object.values(items[0]).slice(1))

    const year = month.slice(0, 4)
    await button(admin, `${year}年`).click()
    const assessed = await ok(200, 'GET', `/reports/assessment?year=${year}`, {
      token: adminToken,
    })
    const [village] = assessed.items
    await rowWith(
      admin.getByRole('table', { name: '年终村级考核' }),
      '东尉村',
      String(village.beansPerHousehold),
    ).waitFor()
    const sheet = await saved(admin, '下载年终考核表（Excel）')
    expect(sheet.name).toBe(`青山镇${year}年村级考核.xlsx`)
    expect(sheet.rows[1]!.slice(0, 3)).toEqual([
      '东尉村',
      village.activeShare,
      village.beansPerHousehold,
    ])
    await shoot(admin, '10-reports')
    await admin.setViewportSize(PHONE_SIZE.viewport)
    await admin.getByRole('table', { name: '各村活跃度' }).scrollIntoViewIfNeeded()
    await shoot(admin, '10-reports-activity-phone')
    await admin.getByRole('table', { name: '年终村级考核' }).scrollIntoViewIfNeeded()
    await shoot(admin, '10-reports-phone')
    await admin.setViewportSize(DESK.viewport)
  }, 60_000)

  it('posts a notice to the village; the villager’s home shows it marked new, once', async () => {
    await menu('通知公告')
    await box(admin, '标题').fill('本周六打扫村道')
    await admin
      .getByRole('textbox', { name: '内容' })
      .fill('周六上午八点，各户出一人，在村委会门口集合。')
    await button(admin, '发布通知').click()
    await admin.getByText('发布后全村村民的首页都会看到这条通知，不能撤回。').waitFor()
    await button(admin, '确认发布').click()
    await said('已发布：全村村民的首页都能看到')
    await admin.getByText('周六上午八点，各户出一人，在村委会门口集合。').waitFor()
    await shoot(admin, '16-notices')

    const villager = await open(PHONE_SIZE, phones.villager)
    const notices = villager.getByRole('region', { name: '村里的通知' })
    await notices.getByText('1 条新通知').waitFor()
    await notices.getByText('本周六打扫村道').scrollIntoViewIfNeeded()
    await shoot(villager, '16-notices-villager')
    await villager.reload()
    await notices.getByText('本周六打扫村道').waitFor()
    expect(await notices.getByText('1 条新通知').count()).toBe(0)
  }, 60_000)

  it('opens a welfare round: who earned enough, what each received, and the sheet to sign', async () => {
    await menu('福利发放')
    await box(admin, '名称').fill('重阳节慰问')
    await box(admin, '从哪天起算').fill(`${first}-01`)
    await box(admin, '算到哪天').fill(dateOf(new Date(now)))
    await box(admin, '这段时间至少获得多少山药豆').fill('1')
    await button(admin, '开这一轮').click()
    await said('已开好这一轮')
    const [opened] = (await ok(200, 'GET', '/welfare-rounds', { token: adminToken })).items
    const round = await ok(200, 'GET', `/welfare-rounds/${opened.id}`, { token: adminToken })
    const chen = round.eligible.find((h: { headName: string }) => h.headName === '陈*兰')
    // Her month's 3 beans and her group's share of the quarter's award.
    expect(chen.beansEarned).toBeGreaterThan(3)
    const eligible = admin.getByRole('table', { name: '可以领取的农户' })
    await rowWith(eligible, '陈*兰', String(chen.beansEarned)).waitFor()
    await box(admin, '这次发的物品').fill('大米一袋')
    await button(admin, '记录 陈*兰 已领').click()
    await rowWith(eligible, '陈*兰', '已领：大米一袋').waitFor()
    const sheet = await printed(admin, '打印签领表（PDF）')
    expect(sheet.name).toBe('东尉村重阳节慰问签领表.pdf')
    expect(sheet.text).toMatch(new RegExp(`陈\\*兰\\s+${chen.beansEarned}\\s+大米一袋`))
    await shoot(admin, '17-welfare')
    await admin.setViewportSize(PHONE_SIZE.viewport)
    await eligible.scrollIntoViewIfNeeded()
    await shoot(admin, '17-welfare-phone')
    await admin.setViewportSize(DESK.viewport)
  }, 60_000)

  it('runs an activity: the organiser’s code of the minute, a villager scans it, closing records the entry', async () => {
    await menu('活动签到')
    const day = dateOf(new Date(now))
    await box(admin, '活动名称').fill('清理村道')
    await button(admin, '配合村级信息采集（+1）').click()
    await box(admin, '日期').fill(day)
    await box(admin, '开始时间').fill('08:00')
    await box(admin, '结束时间').fill('18:00')
    await box(admin, '地点（可不填）').fill('村委会门口')
    await button(admin, '安排活动').click()
    await said('已安排好：活动开始后在下面打开它，显示签到码')
    const qr = await admin.getByTestId('check-in-code').locator('img').screenshot()
    await shoot(admin, '18-activity')

    const villager = await open(PHONE_SIZE, phones.villager)
    await button(villager, /^活动签到/).click()
    const scan = async () => {
      const [chooser] = await Promise.all([
        villager.waitForEvent('filechooser'),
        button(villager, '扫签到码').click(),
      ])
      await chooser.setFiles({ name: 'code.png', mimeType: 'image/png', buffer: qr })
      await villager
        .getByRole('status')
        .getByText(/^您家已签到（/)
        .waitFor()
    }
    await scan()
    // Scanned again, the household is still checked in once.
    await scan()
    await shoot(villager, '18-activity-villager')

    const came = admin.getByRole('list', { name: '已签到的农户' })
    await came.getByText(/^陈\*兰/).waitFor()
    await came.getByText('已签到 1 户').waitFor()
    await shoot(admin, '18-activity-came')
    await button(admin, '结束活动并记分').click()
    await button(admin, '确认结束').click()
    await admin.getByText('已结束：1 户各记一条待审核的积分').waitFor()
    const [village] = (await ok(200, 'GET', '/villages', { token: adminToken })).items
    const thisMonth = monthOf(new Date(now))
    const activities = await ok(
      200,
      'GET',
      `/villages/${village.id}/activities?month=${thisMonth}`,
      {
        token: adminToken,
      },
    )
    // Scanned twice, checked in once.
    expect(activities.items.find((a: { title: string }) => a.title === '清理村道')).toMatchObject({
      status: 'closed',
      checkIns: 1,
    })
    const { items } = await ok(
      200,
      'GET',
      `/entries?villageId=${village.id}&month=${thisMonth}&status=pending`,
      { token: adminToken },
    )
    expect(items.filter((e: { note: string }) => e.note === '清理村道')).toHaveLength(1)
  }, 90_000)

  it('imports a roster from Excel: the check names each bad cell, the corrected file goes in whole', async () => {
    await menu('录入名册')
    const workbook = async (name: string, rows: string[][]) => {
      const book = new ExcelJS.Workbook()
      book
        .addWorksheet('花名册')
        .addRows([
          ['网格', '联户小组', '户主', '地址', '姓名', '手机号', '身份证号', '党员'],
          ...rows,
        ])
      const path = join(ARTIFACTS, name)
      await book.xlsx.writeFile(path)
      return path
    }
    const choose = async (path: string) => {
      const [chooser] = await Promise.all([
        admin.waitForEvent('filechooser'),
        button(admin, /选择 Excel 文件$/).click(),
      ])
      await chooser.setFiles(path)
    }
    const sun = ['第三网格', '三组', '孙立新']
    await choose(
      await workbook('roster-bad.xlsx', [
        [...sun, '东尉村20号', '孙立新', nextPhone(), '', '是'],
        [...sun, '', '孙小红', '1380013800', '', ''],
        ['第三网格', '', '周海', '', '周海', '', '', ''],
      ]),
    )
    await admin
      .getByTestId('roster-problems')
      .getByText(/^有 2 处问题/)
      .waitFor()
    const problems = admin.getByRole('table', { name: '名册的问题' })
    await rowWith(problems, '手机号', '手机号应为 11 位数字').waitFor()
    await rowWith(problems, '联户小组', '联户小组不能为空').waitFor()
    await shoot(admin, '12-roster-problems')

    await choose(
      await workbook('roster.xlsx', [
        [...sun, '东尉村20号', '孙立新', nextPhone(), '', '是'],
        [...sun, '', '孙小红', '', '', ''],
        ['第三网格', '四组', '周海', '东尉村21号', '周海', '', '', ''],
      ]),
    )
    await admin.getByText('检查通过：将新建 1 个网格、2 个联户小组、2 户、3 人。').waitFor()
    await button(admin, '导入 2 户（3 人）').click()
    await admin.getByText(/导入后不能撤销/).waitFor()
    await button(admin, '确认导入').click()
    await admin.getByTestId('roster-imported').waitFor()
    await shoot(admin, '13-roster-imported')
    await menu('农户与人员')
    await rowWith(admin.getByRole('table', { name: '农户' }), '第三网格', '孙立新').waitFor()
    const cards = await printed(admin, '打印门牌卡（PDF，每户一张二维码）')
    expect(cards.name).toBe('东尉村门牌卡.pdf')
    expect(cards.text).toContain('孙*新')
  }, 90_000)

  it('stays usable on a phone: the menu above, each table row a card, nothing wider than the screen', async () => {
    await admin.setViewportSize(PHONE_SIZE.viewport)
    await menu('农户与人员')
    await rowWith(admin.getByRole('table', { name: '农户' }), '陈桂兰').waitFor()
    const overflow = await admin.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    const menuBox = (await admin.getByRole('navigation').boundingBox())!
    const mainBox = (await admin.getByRole('main').boundingBox())!
    await shoot(admin, '11-phone')
    expect(overflow).toBe(0)
    expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(mainBox.y)
    await admin.setViewportSize(DESK.viewport)
  }, 60_000)

  it('passes Lighthouse’s accessibility and best-practice audits on the console', async () => {
    const audit = await lighthouse(
      `${process.env.E2E_APP_URL}#/office/index/index`,
      async (page) => {
        await signIn(page, adminPhone)
        await page.goto(`${process.env.E2E_APP_URL}#/office/index/index`)
        await page.getByRole('img', { name: /^近 12 个月共获得/ }).waitFor()
      },
    )
    expect(audit.url).toContain('/office/index/index')
    // Full marks on both; what did not pass is printed if that ever changes.
    expect({ ...audit.scores, failing: audit.failing }).toMatchObject({
      accessibility: 1,
      'best-practices': 1,
    })
  }, 180_000)

  it('every route of the contract was called from some screen', () => {
    // The local stage's own (sign-in, a new town, the clock), and WeChat's sign-in, which needs wx.login.
    const notScreens = new Set(['devCreateTown', 'devLogin', 'devSetClock', 'wechatLogin'])
    const called = [...requests]
    const missing = Object.entries(routes)
      .filter(([name]) => !notScreens.has(name))
      .filter(([, route]) => {
        const pattern = new RegExp(`^${route.method} ${route.path.replace(/\{\w+\}/g, '[^/]+')}$`)
        return !called.some((r) => pattern.test(r))
      })
      .map(([name]) => name)
    expect(missing).toEqual([])
  })
})
