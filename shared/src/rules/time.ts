import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Business time is Asia/Shanghai (SPEC §10). China has kept UTC+8 all year since 1991,
 * so a fixed offset is exact for every date this system handles and needs no time-zone
 * database (which old phones' JavaScript engines may lack). Calendar steps go through
 * dayjs in UTC, where a month or a day is never bent by a clock change.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const SHANGHAI_OFFSET_MINUTES = 8 * 60

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER = /^(\d{4})-Q([1-4])$/

/** Whether `s` is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const [, y, mo, d] = m.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/**
 * The Shanghai calendar date `YYYY-MM-DD` of an instant (a Date, or an ISO string with
 * `Z` or an offset), or of a date / local date-time string taken as Shanghai already.
 */
export function dateOf(instantOrDate: string | Date): string {
  const invalid = () => new RangeError(`not a date or instant: ${String(instantOrDate)}`)
  if (typeof instantOrDate === 'string') {
    const local = DATE.test(instantOrDate)
      ? instantOrDate
      : LOCAL_DATE_TIME.exec(instantOrDate)?.[1]
    if (local !== undefined) {
      if (!isCalendarDate(local)) throw invalid()
      return local
    }
    if (!INSTANT.test(instantOrDate) || !isCalendarDate(instantOrDate.slice(0, 10))) throw invalid()
  }
  const ms = typeof instantOrDate === 'string' ? Date.parse(instantOrDate) : instantOrDate.getTime()
  if (Number.isNaN(ms)) throw invalid()
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The accounting month `YYYY-MM` (Asia/Shanghai) of an instant, a date or a month. */
export function monthOf(instantOrDate: string | Date): string {
  if (typeof instantOrDate === 'string' && MONTH.test(instantOrDate)) return instantOrDate
  return dateOf(instantOrDate).slice(0, 7)
}

/** `2024-05` → `2024-Q2`. */
export function quarterOf(month: string): string {
  const m = MONTH.exec(month)
  if (!m) throw new RangeError(`not a month YYYY-MM: ${month}`)
  return `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}`
}

/** `2024-Q2` → [`2024-04`, `2024-05`, `2024-06`]. */
export function monthsOfQuarter(quarter: string): [string, string, string] {
  const m = QUARTER.exec(quarter)
  if (!m) throw new RangeError(`not a quarter YYYY-Qn: ${quarter}`)
  const first = `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}`
  return [first, addMonths(first, 1), addMonths(first, 2)]
}

/** The month `n` months after `month` (before, for a negative `n`): `2025-01`, -1 → `2024-12`. */
export function addMonths(month: string, n: number): string {
  if (!MONTH.test(month)) throw new RangeError(`not a month YYYY-MM: ${month}`)
  return dayjs.utc(`${month}-01`).add(n, 'month').format('YYYY-MM')
}

/** `month` and the `count - 1` months before it, newest first. */
export const monthsUpTo = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addMonths(month, -i))

/** The date `n` days after `date` (before, for a negative `n`). */
export function addDays(date: string, n: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`not a date YYYY-MM-DD: ${date}`)
  return dayjs.utc(date).add(n, 'day').format('YYYY-MM-DD')
}

/** The instant a Shanghai day begins (its midnight, Shanghai). */
export function dayStart(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`not a date YYYY-MM-DD: ${date}`)
  return dayjs.utc(date).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toDate()
}

/** The instant a Shanghai month ends (its next month's first midnight, Shanghai). */
export const monthEnd = (month: string): Date => dayStart(`${addMonths(month, 1)}-01`)

/** A day as Chinese prose, for posters and screens: `2026-12-06` or an instant → `2026年12月6日`. */
export const dateZh = (instantOrDate: string | Date): string =>
  dayjs.utc(dateOf(instantOrDate)).format('YYYY年M月D日')

/** A month as Chinese prose, for file names and titles: `2026-11` → `2026年11月`. */
export const monthZh = (month: string): string =>
  `${month.slice(0, 4)}年${Number(month.slice(5))}月`

/** An instant as the village reads it: Shanghai wall-clock time, `2026-11-26 14:05`. */
export const shanghaiTime = (instant: string | Date): string =>
  dayjs(instant).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm')
