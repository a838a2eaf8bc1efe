import { describe, expect, it } from '@jest/globals'
import { dateOf, isCalendarDate, monthEnd, monthOf, monthsOfQuarter, quarterOf } from './time'

describe('monthOf', () => {
  it.each([
    ['2024-01-31T15:59:59Z', '2024-01'],
    ['2024-01-31T16:00:00Z', '2024-02'], // midnight in Shanghai
    ['2024-12-31T16:00:00.000Z', '2025-01'],
    ['2024-03-01T00:30:00+08:00', '2024-03'],
    ['2024-02-29T23:30:00-05:00', '2024-03'],
    ['2024-03-15', '2024-03'],
    ['2024-03-31T23:59', '2024-03'], // a local date-time is already Shanghai time
    ['2024-07', '2024-07'],
  ])('puts %p in %p', (input, month) => {
    expect(monthOf(input)).toBe(month)
  })

  it('reads a Date as an instant', () => {
    expect(monthOf(new Date('2023-06-30T16:00:00Z'))).toBe('2023-07')
  })

  it.each(['2024-02-30', '2024-13-01', 'yesterday', '2024-02-30T10:00:00Z', '06/19/2023', ''])(
    'refuses %p',
    (input) => {
      expect(() => monthOf(input)).toThrow(RangeError)
    },
  )

  it('refuses an invalid Date', () => {
    expect(() => monthOf(new Date('nope'))).toThrow(RangeError)
  })
})

describe('dateOf', () => {
  it('gives the Shanghai calendar day of an instant', () => {
    expect(dateOf('2023-06-18T16:00:00Z')).toBe('2023-06-19')
    expect(dateOf('2023-06-18T15:59:59Z')).toBe('2023-06-18')
  })
})

describe('quarterOf', () => {
  it.each([
    ['2024-01', '2024-Q1'],
    ['2024-03', '2024-Q1'],
    ['2024-04', '2024-Q2'],
    ['2024-09', '2024-Q3'],
    ['2024-12', '2024-Q4'],
  ])('puts %p in %p', (month, quarter) => {
    expect(quarterOf(month)).toBe(quarter)
  })

  it.each(['2024-13', '2024-1', '2024-00', '2024-05-01'])('refuses %p', (month) => {
    expect(() => quarterOf(month)).toThrow(RangeError)
  })
})

describe('monthsOfQuarter', () => {
  it('lists the three months of a quarter', () => {
    expect(monthsOfQuarter('2024-Q4')).toEqual(['2024-10', '2024-11', '2024-12'])
  })

  it('refuses a fifth quarter', () => {
    expect(() => monthsOfQuarter('2024-Q5')).toThrow(RangeError)
  })
})

describe('monthEnd', () => {
  it('is the next month’s first midnight in Shanghai', () => {
    expect(monthEnd('2024-12').toISOString()).toBe('2024-12-31T16:00:00.000Z')
    expect(monthEnd('2024-02').toISOString()).toBe('2024-02-29T16:00:00.000Z')
  })
})

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-4-01', false],
  ])('%p → %p', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok)
  })
})
