/**
 * A piece of a town-wide job, small enough for one invocation: one chunk (≤ JOB_CHUNK
 * households) of one village-month's finalisation, or of a quarter's award credits.
 */
export type Job =
  | {
      kind: 'finalize'
      townId: string
      villageId: string
      month: string
      /** The scheduled run's instant: the job decides by it, not by when it is picked up. */
      at: string
      /** The first earner of this chunk, and the households credited by earlier chunks. */
      from: number
      credited: number
    }
  | { kind: 'awards'; townId: string; quarter: string; at: string; from: number }

/** Households one job touches at most: no invocation grows with a village. */
export const JOB_CHUNK = 250

/** Where the town-wide jobs send their pieces: SQS on AWS, this process locally. */
export interface JobQueue {
  send(jobs: Job[]): Promise<void>
}
