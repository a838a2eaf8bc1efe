import { describe, expect, it } from '@jest/globals'
import { STARTER_CATALOGUE } from './catalogue'
import { DIMENSIONS } from './dimensions'
import { IndicatorSchema } from './schemas/catalogue'

describe('the starter catalogue', () => {
  it('has at least 30 indicators with unique codes', () => {
    const codes = STARTER_CATALOGUE.map((i) => i.code)

    expect(codes.length).toBeGreaterThanOrEqual(30)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it.each(STARTER_CATALOGUE.map((i) => [i.code, i]))('%s is a valid indicator', (_, indicator) => {
    expect(IndicatorSchema.parse(indicator)).toEqual(indicator)
  })

  it.each(DIMENSIONS)('gives %s both rewards and deductions', (dimension) => {
    const points = STARTER_CATALOGUE.filter((i) => i.dimension === dimension).map((i) => i.points)

    expect(points.some((p) => p > 0)).toBe(true)
    expect(points.some((p) => p < 0)).toBe(true)
  })

  it('lets villagers claim only rewards, never deductions', () => {
    const selfReported = STARTER_CATALOGUE.filter((i) => i.selfReport)

    expect(selfReported.length).toBeGreaterThan(0)
    expect(selfReported.every((i) => i.points > 0)).toBe(true)
  })

  it('carries the examples the town named', () => {
    const byName = Object.fromEntries(STARTER_CATALOGUE.map((i) => [i.name, i.points]))

    expect(byName).toMatchObject({
      参加志愿服务: 2,
      卫生评比优秀: 3,
      公益捐助: 2,
      违反村规民约: -5,
      乱堆乱放: -2,
      违法被处罚: -10,
    })
  })

  it('prefixes codes by dimension: ZZ 自治, FZ 法治, DZ 德治', () => {
    const prefix = { autonomy: 'ZZ-', law: 'FZ-', virtue: 'DZ-' }

    for (const i of STARTER_CATALOGUE) expect(i.code.startsWith(prefix[i.dimension])).toBe(true)
  })
})
