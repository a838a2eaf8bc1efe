import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  addDays,
  addMonths,
  dateOf,
  dateZh,
  monthZh,
  dayStart,
  isCalendarDate,
  monthEnd,
  monthOf,
  monthsOfQuarter,
  monthsUpTo,
  quarterOf,
  shanghaiTime,
} from './time'

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

describe('calendar steps', () => {
  it('steps months across a year in both directions', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12')
    expect(addMonths('2024-11', 3)).toBe('2025-02')
    expect(monthsUpTo('2025-02', 3)).toEqual(['2025-02', '2025-01', '2024-12'])
  })

  it('steps days across a leap February and a year', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError)
  })

  it('begins a Shanghai day at 16:00 UTC the day before', () => {
    expect(dayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z')
  })

  it('writes a day in Chinese, from a date or an instant in Shanghai', () => {
    expect(dateZh('2026-12-06')).toBe('2026年12月6日')
    expect(dateZh('2026-12-05T16:30:00Z')).toBe('2026年12月6日')
  })

  it('writes a month in Chinese, without a leading zero', () => {
    expect([monthZh('2026-03'), monthZh('2026-11')]).toEqual(['2026年3月', '2026年11月'])
  })

  it('shows an instant on the Shanghai wall clock', () => {
    expect(shanghaiTime('2026-12-05T16:30:00Z')).toBe('2026-12-06 00:30')
    expect(shanghaiTime(new Date('2026-06-01T01:02:00Z'))).toBe('2026-06-01 09:02')
  })

  it('keeps monthsUpTo and monthOf in step for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const [month, before] = monthsUpTo(monthOf(d), 2) as [string, string]
          expect(monthEnd(before).getTime()).toBe(dayStart(`${month}-01`).getTime())
        },
      ),
    )
  })
})
