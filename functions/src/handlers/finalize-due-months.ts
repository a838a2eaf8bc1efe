import { ulid } from 'ulid'
import { monthOf } from '@jifenbao/shared'
import { dueMonths } from '../data/months'
import { log } from '../lib/log'
import { finalizeMonth } from '../services/month'

/** How many past months are looked at: a month is published soon after it ends. */
const MONTHS_BACK = 3

/** The months before `now`'s, most recent first. */
function pastMonths(now: Date): string[] {
  const [year, month] = monthOf(now).split('-').map(Number) as [number, number]
  return Array.from({ length: MONTHS_BACK }, (_, i) => {
    const index = year * 12 + (month - 1) - (i + 1)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

/**
 * The daily job (00:30 Asia/Shanghai): finalises every published village-month whose
 * objection window has closed. One that still has open objections waits for the next run.
 */
export const handler = async (): Promise<{ finalised: number }> => {
  const now = new Date()
  const requestId = `schedule-${ulid()}`
  let finalised = 0
  for (const month of pastMonths(now)) {
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
