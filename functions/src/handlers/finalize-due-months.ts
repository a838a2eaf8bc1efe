import { ulid } from 'ulid'
import { monthOf } from '@jifenbao/shared'
import { dueMonths } from '../data/months'
import { log } from '../lib/log'
import { finalizeMonth } from '../services/month'

/** Published months this far back are looked at; a month is published soon after it ends. */
const MONTHS_BACK = 3

function previousMonths(now: Date): string[] {
  const months: string[] = []
  let cursor = monthOf(now)
  for (let i = 0; i < MONTHS_BACK; i++) {
    const [y, m] = cursor.split('-').map(Number) as [number, number]
    cursor = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
    months.push(cursor)
  }
  return [monthOf(now), ...months]
}

/**
 * The daily job (00:30 Asia/Shanghai): finalises every published village-month whose
 * objection window has closed. One that still has open objections waits for the next run.
 */
export const handler = async (): Promise<{ finalised: number }> => {
  const now = new Date()
  const requestId = `schedule-${ulid()}`
  let finalised = 0
  for (const month of previousMonths(now)) {
    for (const due of await dueMonths(month, now)) {
      const actor = { personId: 'system:schedule', townId: due.townId, requestId, now }
      try {
        const { credited } = await finalizeMonth(actor, due.townId, due.villageId, due.month)
        finalised += 1
        log.info('finalized', { villageId: due.villageId, month: due.month, credited, requestId })
      } catch (err) {
        log.warn('not finalized', {
          villageId: due.villageId,
          month: due.month,
          reason: (err as Error).message,
          requestId,
        })
      }
    }
  }
  return { finalised }
}
