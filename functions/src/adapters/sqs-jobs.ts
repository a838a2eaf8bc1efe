import { type AwsTarget, signedFetch } from './aws-signing'
import type { Job, JobQueue } from './job'

/**
 * SQS through its JSON protocol (AWS JSON 1.0, `AmazonSQS.SendMessageBatch`), ten messages a
 * request, signed here rather than through the SQS client (it alone was ~130 KB of each
 * sending Lambda). A message SQS did not take, or a refused request, fails the send.
 */
export class SqsJobs implements JobQueue {
  constructor(
    private readonly target: AwsTarget,
    private readonly queueUrl: string,
  ) {}

  async send(jobs: Job[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 10) {
      const response = await signedFetch(this.target, new URL('/', this.queueUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'AmazonSQS.SendMessageBatch',
        },
        body: JSON.stringify({
          QueueUrl: this.queueUrl,
          Entries: jobs
            .slice(i, i + 10)
            .map((job, k) => ({ Id: String(k), MessageBody: JSON.stringify(job) })),
        }),
      })
      const answer = (await response.json()) as {
        Failed?: { Code: string }[]
        __type?: string
        message?: string
      }
      if (!response.ok)
        throw new Error(`SQS answered ${response.status}: ${answer.__type} ${answer.message}`)
      const failed = answer.Failed ?? []
      if (failed.length > 0)
        throw new Error(
          `SQS refused ${failed.length} jobs: ${failed.map((f) => f.Code).join(', ')}`,
        )
    }
  }
}
