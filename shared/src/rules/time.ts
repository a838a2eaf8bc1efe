/**
 * Business time is Asia/Shanghai (SPEC §10). China has kept UTC+8 all year since 1991,
 * so a fixed offset is exact for every date this system handles and needs no time-zone
 * database (which old phones' JavaScript engines may lack).
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

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
  const first = (Number(m[2]) - 1) * 3 + 1
  const month = (k: number) => `${m[1]}-${String(first + k).padStart(2, '0')}`
  return [month(0), month(1), month(2)]
}

/** The instant a Shanghai month ends (its next month's first midnight, Shanghai). */
export function monthEnd(month: string): Date {
  const m = MONTH.exec(month)
  if (!m) throw new RangeError(`not a month YYYY-MM: ${month}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 1) - SHANGHAI_OFFSET_MS)
}
