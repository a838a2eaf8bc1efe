import { describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs'
import type { AwsTarget } from '../src/adapters/aws-signing'
import { SqsJobs } from '../src/adapters/sqs-jobs'
import { credentials, region, sdkRequestOf } from './sdk-requests'
import type { Job } from '../src/adapters/job'
import { LocalJobs, localJobs } from '../src/adapters/queue'
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

/** A stand-in for SQS's endpoint: it records each request and answers as it is told. */
async function sqsStandIn(answer: (body: { Entries: { Id: string }[] }) => [number, object]) {
  const requests: { headers: IncomingMessage['headers']; url?: string; body: string }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      requests.push({ headers: req.headers, url: req.url, body })
      const [status, json] = answer(JSON.parse(body))
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' })
      res.end(JSON.stringify(json))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const queueUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/123456789012/jobs`
  return { requests, queueUrl, close: () => new Promise((r) => server.close(r)) }
}

const target: AwsTarget = { service: 'sqs', region, credentials: async () => credentials }

describe('the SQS adapter', () => {
  it('sends jobs ten to a request, each the SDK’s SendMessageBatch request, signed', async () => {
    const sqs = await sqsStandIn(() => [200, { Successful: [], Failed: [] }])
    await new SqsJobs(target, sqs.queueUrl).send(Array.from({ length: 23 }, (_, i) => job(i)))
    await sqs.close()

    const bodies = sqs.requests.map((r) => JSON.parse(r.body))
    expect(bodies.map((b) => b.Entries.length)).toEqual([10, 10, 3])
    expect(JSON.parse(bodies[2].Entries[2].MessageBody)).toEqual(job(22))

    // What the SDK's client would have sent for the last batch.
    const sdkRequest = await sdkRequestOf(
      (options) => new SQSClient({ ...options, endpoint: new URL(sqs.queueUrl).origin }),
      new SendMessageBatchCommand(bodies[2]),
    )
    const last = sqs.requests[2]!
    expect(last.url).toBe(sdkRequest.path)
    expect(JSON.parse(last.body)).toEqual(JSON.parse(new TextDecoder().decode(sdkRequest.body)))
    for (const header of ['content-type', 'x-amz-target', 'x-amz-security-token'])
      expect(last.headers[header]).toBe(sdkRequest.headers[header])
    expect(last.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/ap-east-1\/sqs\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    )
  })

  it('fails the send when SQS did not take a message, or refused the request', async () => {
    const failing = await sqsStandIn(() => [
      200,
      { Successful: [], Failed: [{ Id: '0', Code: 'InternalError', SenderFault: false }] },
    ])
    await expect(new SqsJobs(target, failing.queueUrl).send([job(0)])).rejects.toThrow(
      /refused 1 jobs: InternalError/,
    )
    await failing.close()

    const refusing = await sqsStandIn(() => [
      400,
      { __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'no such queue' },
    ])
    await expect(new SqsJobs(target, refusing.queueUrl).send([job(0)])).rejects.toThrow(
      /400: com.amazonaws.sqs#QueueDoesNotExist no such queue/,
    )
    await refusing.close()
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

describe('the daily finalisation of a village larger than one piece', () => {
  it('credits 260 households in two pieces, once each, though every piece is delivered twice', async () => {
    const { newTown } = await import('./fixtures')
    const org = await import('../src/data/org')
    const { entryItem, entryRecord } = await import('../src/data/entries')
    const { putAll } = await import('../src/data/tx')
    const { publishMonth, finalizeMonth } = await import('../src/services/month')
    const { getMonth } = await import('../src/data/months')
    const { getBalance } = await import('../src/data/ledger')
    const { runJob } = await import('../src/services/jobs')
    const { useJobQueue } = await import('../src/adapters/queue')
    const { JOB_CHUNK } = await import('../src/adapters/job')
    const { handler: dailyJob } = await import('../src/handlers/finalize-due-months')

    const { townId } = await newTown()
    const actor = {
      personId: 'test',
      townId,
      requestId: 'test',
      now: new Date('2026-11-02T02:00:00Z'),
    }
    const village = await org.createVillage(actor, '大村')
    const group = await org.createGroup(actor, await org.createGrid(actor, village, '网格'), '小组')
    const households = Array.from({ length: JOB_CHUNK + 10 }, (_, i) =>
      org.newHousehold(actor, group, `户${i}`),
    )
    await putAll(households.map((h) => (h.op.write.Put as { Item: Record<string, unknown> }).Item))
    await putAll(
      households.map(({ household }, i) =>
        entryRecord({
          ...entryItem(
            {
              id: `E${String(i).padStart(25, '0')}`,
              householdId: household.id,
              indicatorCode: 'FZ-03',
              dimension: 'law',
              unitPoints: 3,
              quantity: 1,
              occurredOn: '2026-10-15',
              month: '2026-10',
              note: null,
              photoKeys: [],
              submittedBy: 'test',
              reportedBy: 'test',
              createdAt: actor.now.toISOString(),
            },
            household,
          ),
          status: 'approved',
        }),
      ),
    )
    await publishMonth(actor, village, '2026-10')

    // A queue that delivers every piece twice, as SQS may.
    const pieces: number[] = []
    const twice = new LocalJobs(
      async (job) => {
        pieces.push((job as { from: number }).from)
        await runJob(job)
      },
      { concurrency: 2, maxReceives: 1 },
    )
    useJobQueue({ send: (jobs) => twice.send([...jobs, ...jobs]) })
    try {
      await dailyJob({ time: '2026-11-10T00:00:00Z' })
      await twice.drained()
    } finally {
      useJobQueue(localJobs())
    }
    const balances = await Promise.all(households.map(({ household }) => getBalance(household.id)))

    expect([...new Set(pieces)].sort((a, b) => a - b)).toEqual([0, JOB_CHUNK])
    expect(twice.deadLetters).toEqual([])
    expect(new Set(balances)).toEqual(new Set([3]))
    expect((await getMonth(townId, village.id, '2026-10')).status).toBe('final')
    // Its households were kept in parts beside the month and read back whole.
    expect((await getMonth(townId, village.id, '2026-10')).publication!.households).toHaveLength(
      JOB_CHUNK + 10,
    )
    expect(
      await finalizeMonth(
        { ...actor, now: new Date('2026-11-10T00:00:00Z') },
        townId,
        village.id,
        '2026-10',
      ),
    ).toEqual({
      status: 'final',
      credited: 0,
    })
  }, 120_000)
})
