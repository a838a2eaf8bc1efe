import { addMonths, monthOf, monthsUpTo } from '@jifenbao/shared'
import { ulid } from 'ulid'
import { jobQueue } from '../adapters/queue'
import { dueMonths } from '../data/months'
import { log } from '../lib/ground/log'

/** How many past months are looked at: a village may publish a backlog months late. */
export const MONTHS_BACK = 12

/** The months before `now`'s, most recent first. */
const pastMonths = (now: Date) => monthsUpTo(addMonths(monthOf(now), -1), MONTHS_BACK)

/**
 * The daily job (00:30 Asia/Shanghai): sends the finalisation of every published
 * village-month whose objection window has closed to the job queue, one job a village, so
 * no invocation grows with the town. It goes by the scheduled instant (EventBridge's `time`),
 * so a duplicate delivery of the same event asks for the same work, which runs once.
 */
export const handler = async (event?: { time?: string }): Promise<{ queued: number }> => {
  const now = event?.time ? new Date(event.time) : new Date()
  const due = (await Promise.all(pastMonths(now).map((month) => dueMonths(month, now)))).flat()
  await (
    await jobQueue()
  ).send(
    due.map((m) => ({
      kind: 'finalize',
      townId: m.townId,
      villageId: m.villageId,
      month: m.month,
      at: now.toISOString(),
      from: 0,
      credited: 0,
    })),
  )
  log.info('finalisation queued', { months: due.length, requestId: `schedule-${ulid()}` })
  return { queued: due.length }
}
