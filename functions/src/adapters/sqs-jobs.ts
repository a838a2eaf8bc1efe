import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs'
import type { Job, JobQueue } from './job'

/** SQS, ten messages a request; a message SQS did not take fails the send. */
export class SqsJobs implements JobQueue {
  constructor(
    private readonly client: Pick<SQSClient, 'send'>,
    private readonly queueUrl: string,
  ) {}

  async send(jobs: Job[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 10) {
      const { Failed = [] } = await this.client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: jobs
            .slice(i, i + 10)
            .map((job, k) => ({ Id: String(k), MessageBody: JSON.stringify(job) })),
        }),
      )
      if (Failed.length > 0)
        throw new Error(
          `SQS refused ${Failed.length} jobs: ${Failed.map((f) => f.Code).join(', ')}`,
        )
    }
  }
}
