import type { SQSBatchResponse, SQSEvent } from 'aws-lambda'
import type { Job } from '../adapters/job'
import { log } from '../lib/ground/log'
import { runJob } from '../services/jobs'

/**
 * The job queue's consumer on AWS: runs each piece of a town-wide job it is handed; the
 * pieces that failed go back to the queue (a partial batch response) to be delivered again.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failed: SQSBatchResponse['batchItemFailures'] = []
  for (const record of event.Records) {
    try {
      await runJob(JSON.parse(record.body) as Job, record.messageId)
    } catch (err) {
      log.error('job failed', { messageId: record.messageId, error: (err as Error).name })
      failed.push({ itemIdentifier: record.messageId })
    }
  }
  return { batchItemFailures: failed }
}
