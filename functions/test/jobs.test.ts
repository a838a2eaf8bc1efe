import { describe, expect, it } from '@jest/globals'
import type { SQSClient } from '@aws-sdk/client-sqs'
import type { Job } from '../src/adapters/job'
import { LocalJobs } from '../src/adapters/queue'
import { SqsJobs } from '../src/adapters/sqs-jobs'
import { handler as runJobs } from '../src/handlers/run-jobs'

const job = (from: number): Job => ({
  kind: 'finalize',
  townId: 'T',
  villageId: 'V',
  month: '2026-10',
  at: '2026-11-09T16:30:00.000Z',
  from,
  credited: 0,
})

describe('the SQS adapter', () => {
  /** SQS itself cannot run here: a client that records what it is sent, and fails what it is told to. */
  const recording = (failIds: string[] = []) => {
    const sent: { QueueUrl: string; Entries: { Id: string; MessageBody: string }[] }[] = []
    const client = {
      send: async (command: { input: (typeof sent)[number] }) => {
        sent.push(command.input)
        return { Failed: failIds.map((Id) => ({ Id, Code: 'InternalError', SenderFault: false })) }
      },
    } as unknown as Pick<SQSClient, 'send'>
    return { client, sent }
  }

  it('sends jobs ten to a request, each message the job as JSON', async () => {
    const { client, sent } = recording()
    await new SqsJobs(client, 'https://sqs.example/q').send(
      Array.from({ length: 23 }, (_, i) => job(i)),
    )
    expect(sent.map((s) => s.Entries.length)).toEqual([10, 10, 3])
    expect(sent[0]!.QueueUrl).toBe('https://sqs.example/q')
    expect(JSON.parse(sent[2]!.Entries[2]!.MessageBody)).toEqual(job(22))
  })

  it('fails the send when SQS did not take a message', async () => {
    const { client } = recording(['3'])
    await expect(new SqsJobs(client, 'q').send([job(0)])).rejects.toThrow(/refused 1 jobs/)
  })
})

describe('the local job queue', () => {
  it('runs every job, and the jobs they send, before it is drained', async () => {
    const ran: number[] = []
    const queue: LocalJobs = new LocalJobs(
      async (j) => {
        ran.push((j as { from: number }).from)
        if ((j as { from: number }).from < 3)
          await queue.send([job((j as { from: number }).from + 1)])
      },
      { concurrency: 2, maxReceives: 3 },
    )
    await queue.send([job(0), job(10)])
    await queue.drained()
    expect(ran.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 10])
  })

  it('delivers a failing job again, then sets it aside as a dead letter', async () => {
    let tries = 0
    const queue = new LocalJobs(
      async () => {
        tries++
        throw new Error('broken')
      },
      { concurrency: 1, maxReceives: 3 },
    )
    await queue.send([job(0)])
    await queue.drained()
    expect(tries).toBe(3)
    expect(queue.deadLetters).toEqual([{ job: job(0), error: 'broken' }])
  })

  it('the SQS consumer reports the messages that failed, to be delivered again', async () => {
    const answer = await runJobs({
      Records: [{ messageId: 'm1', body: '{not json' }],
    } as never)
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }])
  })
})
