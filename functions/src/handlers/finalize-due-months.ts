import { ulid } from 'ulid'
import { addMonths, monthOf, monthsUpTo } from '@jifenbao/shared'
import { dueMonths } from '../data/months'
import { log } from '../lib/ground/log'
import { finalizeMonth } from '../services/month'

/** How many past months are looked at: a month is published soon after it ends. */
const MONTHS_BACK = 3

/** The months before `now`'s, most recent first. */
const pastMonths = (now: Date) => monthsUpTo(addMonths(monthOf(now), -1), MONTHS_BACK)

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
