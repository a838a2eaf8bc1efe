import { AsyncResource } from 'node:async_hooks'
import { env } from '../lib/ground/env'
import { log } from '../lib/ground/log'
import { awsTarget } from './aws-signing'
import type { Job, JobQueue } from './job'
import { SqsJobs } from './sqs-jobs'
import { runJob } from '../services/jobs'

// Made at load: jobs run outside whatever request sent them, as on SQS.
const detached = new AsyncResource('LocalJobs')

/**
 * The queue of one process, as SQS behaves: each job runs on its own (not in the sender's
 * call), at most `concurrency` at once, and a job that fails is delivered again, up to
 * `maxReceives` times, then set aside like a dead letter.
 */
export class LocalJobs implements JobQueue {
  readonly deadLetters: { job: Job; error: string }[] = []
  private readonly waiting: { job: Job; receives: number }[] = []
  private running = 0
  private idle: (() => void)[] = []

  constructor(
    private readonly run: (job: Job) => Promise<void>,
    readonly options: { concurrency: number; maxReceives: number },
  ) {}

  async send(jobs: Job[]): Promise<void> {
    this.waiting.push(...jobs.map((job) => ({ job, receives: 0 })))
    detached.runInAsyncScope(() => setImmediate(() => this.pump()))
  }

  /** Resolves once every job sent, and every job those sent, has run. */
  drained(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!
      next.receives++
      this.running++
      this.run(next.job)
        .catch((err: Error) => {
          if (next.receives < this.options.maxReceives) this.waiting.push(next)
          else {
            this.deadLetters.push({ job: next.job, error: err.message })
            log.error('job dead-lettered', { kind: next.job.kind, error: err.name })
          }
        })
        .finally(() => {
          this.running--
          this.pump()
          if (this.running === 0 && this.waiting.length === 0)
            for (const resolve of this.idle.splice(0)) resolve()
        })
    }
  }
}

let local: LocalJobs | undefined
let queue: JobQueue | undefined

/** This process's queue (locally and in tests), running jobs through the same code the SQS consumer does. */
export function localJobs(): LocalJobs {
  local ??= new LocalJobs(runJob, {
    concurrency: 4,
    maxReceives: 5,
  })
  return local
}

/** Puts a queue of its own in place of the stage's (the bench's, which times each job). */
export function useJobQueue(own: JobQueue): void {
  queue = own
}

/** The queue of this stage: SQS where JOB_QUEUE_URL is set (AWS), otherwise this process's. */
export async function jobQueue(): Promise<JobQueue> {
  if (queue) return queue
  const { jobQueueUrl } = env()
  if (!jobQueueUrl) return (queue = localJobs())
  return (queue = new SqsJobs(awsTarget('sqs'), jobQueueUrl))
}
