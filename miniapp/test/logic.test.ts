import { describe, expect, it } from '@jest/globals'
import { preconnect } from '../src/lib/api-origin'
import { addOne, cartLines, cartTotal, removeOne } from '../src/lib/cart'
import { fitWithin } from '../src/lib/compress'
import { shanghaiTime } from '@jifenbao/shared'
import { objectionsOpen, recentMonths, recentQuarters, villageRank } from '../src/lib/month'
import { chooseUnit, currentUnit, unitLabel } from '../src/lib/roles'
import { parseRoster } from '../src/lib/roster'
import { matches } from '../src/lib/leader'
import { CLERK, LEADER, VILLAGER } from './fixtures'
import { stand } from './taro'

const rice = { id: 'rice', name: '大米', price: 30, stock: 2 }
const soap = { id: 'soap', name: '肥皂', price: 5, stock: null }

describe('the cart', () => {
  it('never holds more than the stock, and drops an item at zero', () => {
    let cart = addOne(addOne(addOne({}, rice), rice), rice)
    expect(cart).toEqual({ rice: 2 })
    cart = addOne(cart, soap)
    expect(cartLines(cart, [rice, soap])).toEqual([
      { itemId: 'rice', qty: 2 },
      { itemId: 'soap', qty: 1 },
    ])
    expect(cartTotal(cart, [rice, soap])).toBe(65)
    expect(removeOne(removeOne(cart, 'rice'), 'rice')).toEqual({ soap: 1 })
  })
})

describe('months and places', () => {
  it('lists recent months in Shanghai time, across the new year', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai.
    expect(recentMonths(new Date('2026-12-31T16:30:00Z'))).toEqual([
      '2027-01',
      '2026-12',
      '2026-11',
    ])
    expect(recentQuarters(new Date('2027-02-01T00:00:00Z'))).toEqual(['2027-Q1', '2026-Q4'])
  })

  it('ranks a household with ties sharing a place', () => {
    const households = [
      { householdId: 'a', score: 9 },
      { householdId: 'b', score: 7 },
      { householdId: 'c', score: 7 },
      { householdId: 'd', score: 3 },
    ]
    expect(villageRank(households, 'c')).toEqual({ rank: 2, of: 4 })
    expect(villageRank(households, 'd')).toEqual({ rank: 4, of: 4 })
    expect(villageRank(households, 'x')).toBeNull()
  })

  it('takes objections only while a published month is in its window', () => {
    const deadline = '2026-12-08T00:00:00.000Z'
    const before = new Date('2026-12-07T23:59:00Z')
    expect(objectionsOpen({ status: 'published', objectionDeadline: deadline }, before)).toBe(true)
    expect(
      objectionsOpen({ status: 'published', objectionDeadline: deadline }, new Date(deadline)),
    ).toBe(false)
    expect(objectionsOpen({ status: 'final', objectionDeadline: deadline }, before)).toBe(false)
  })

  it('shows instants in Shanghai wall-clock time', () => {
    expect(shanghaiTime('2026-11-26T16:05:00.000Z')).toBe('2026-11-27 00:05')
  })
})

describe('roles', () => {
  it('opens on the unit last worked in, else on work before the own household', () => {
    stand.reset()
    expect(currentUnit([VILLAGER, CLERK])).toBe(CLERK)
    expect(currentUnit([VILLAGER])).toBe(VILLAGER)
    chooseUnit(VILLAGER)
    expect(currentUnit([{ ...VILLAGER }, CLERK])).toEqual(VILLAGER)
    chooseUnit(CLERK)
    expect(currentUnit([VILLAGER, LEADER])).toBe(LEADER)
  })

  it('names a unit with its village, once', () => {
    expect(unitLabel(LEADER)).toBe('东尉村 · 第一联户小组 · 联户小组长')
    expect(unitLabel({ ...LEADER, role: 'reviewBoard', name: '东尉村' })).toBe(
      '东尉村 · 领导小组成员',
    )
    expect(unitLabel(CLERK)).toBe('东尉村共富超市 · 超市店员')
  })
})

describe('photo compression', () => {
  it('brings the longer edge down to 1280 and keeps the proportions', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1280, height: 960 })
    expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: 1280 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })
})

describe('the paper roster', () => {
  it('reads one household a line, the phone found wherever it stands', () => {
    const { households, problems } = parseRoster(
      '张建国 东尉村12号 13800000001\n\n李秀英，13900000002，东尉村 13号\n王五',
    )
    expect(problems).toEqual([])
    expect(households).toEqual([
      { line: 1, headName: '张建国', address: '东尉村12号', phone: '13800000001' },
      { line: 3, headName: '李秀英', address: '东尉村 13号', phone: '13900000002' },
      { line: 4, headName: '王五' },
    ])
  })

  it('names the lines it cannot take, in Chinese', () => {
    const { households, problems } = parseRoster(`赵六 12345678901\n${'长'.repeat(51)}`)
    expect(households).toEqual([])
    expect(problems).toEqual(['第 1 行：手机号应为 11 位数字', '第 2 行：名称不能超过 50 个字'])
  })

  it('stops a broken phone from being swallowed into the address', () => {
    const { households, problems } = parseRoster(
      '赵大壮 东尉村32号 1390000\n孙七 东尉村139000011号\n周八 东尉村32号',
    )
    expect(households.map((h) => [h.headName, h.address])).toEqual([['周八', '东尉村32号']])
    expect(problems).toEqual([
      '第 1 行：“1390000”像是手机号，但不是 11 位，请改正或删掉',
      '第 2 行：“东尉村139000011号”像是手机号，但不是 11 位，请改正或删掉',
    ])
  })
})

describe('finding a household', () => {
  const household = {
    headName: '张建国',
    address: '东尉村12号',
    gridName: '第一微网格',
    groupName: '第二联户小组',
  }

  it.each([
    ['', true],
    ['建国', true],
    ['12号', true],
    ['张 第二', true],
    ['  张  ', true],
    ['李', false],
    ['张 第一联户', false],
  ])('“%s” finds 张建国: %s', (search, found) => {
    expect(matches(household, search)).toBe(found)
  })

  it('finds a household with no address by its name', () => {
    expect(matches({ headName: '王秀英', address: null }, '秀英')).toBe(true)
  })
})

describe('the API connection', () => {
  it('is opened ahead in the browser, without cookies like the requests made on it', () => {
    preconnect(document, 'https://api.jifenbao.example')
    const link = document.head.querySelector('link[rel="preconnect"]') as HTMLLinkElement
    expect(link.href).toBe('https://api.jifenbao.example/')
    expect(link.crossOrigin).toBe('anonymous')
  })
})
