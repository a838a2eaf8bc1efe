import type { Job } from '../adapters/job'
import { jobQueue } from '../adapters/queue'
import type { Actor } from '../lib/ground/context'
import { DomainError } from '../lib/ground/errors'
import { log } from '../lib/ground/log'
import { finalizeChunk } from './month'
import { creditAwardsChunk } from './quarter'

/** The system acting for a job: the scheduled run's instant decides, not the pick-up time. */
const systemActor = (townId: string, at: string, requestId: string): Actor => ({
  personId: 'system:schedule',
  townId,
  requestId,
  now: new Date(at),
})

/** Runs one piece of a town-wide job and sends the piece that follows it, if any. */
export async function runJob(job: Job, requestId = `job-${job.kind}`): Promise<void> {
  const actor = systemActor(job.townId, job.at, requestId)
  if (job.kind === 'finalize') {
    const next = await finalizeChunk(actor, job).catch((err: Error) => {
      // A month still refused (an objection open) waits for the next daily run.
      if (!(err instanceof DomainError)) throw err
      log.warn('not finalized', { villageId: job.villageId, month: job.month, reason: err.code })
      return null
    })
    if (next) await (await jobQueue()).send([{ ...job, ...next }])
    return
  }
  const next = await creditAwardsChunk(actor, job.quarter, job.from)
  if (next !== null) await (await jobQueue()).send([{ ...job, from: next }])
}
