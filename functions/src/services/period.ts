import { addMonths, dateOf, monthEnd, monthsOfQuarter, quarterOf } from '@jifenbao/shared'

/** A month's last day (Shanghai date). */
export const lastDayOf = (month: string) => dateOf(new Date(monthEnd(month).getTime() - 1))

/**
 * The months wholly inside a period (Shanghai dates, inclusive), and the quarters all of
 * whose months are: what a household earned in a period is counted from those.
 */
export function periodMonths(from: string, to: string) {
  const months: string[] = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1))
    if (`${m}-01` >= from && lastDayOf(m) <= to) months.push(m)
  const quarters = [...new Set(months.map(quarterOf))].filter((q) =>
    monthsOfQuarter(q).every((m) => months.includes(m)),
  )
  return { months, quarters }
}

/** A year's months and quarters. */
export const yearMonths = (year: string) => periodMonths(`${year}-01-01`, `${year}-12-31`)
