import { AsyncLocalStorage } from 'node:async_hooks'
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { claimKey } from '../../src/data/claim'
import { db, table } from '../../src/data/client'

/**
 * What can go wrong under a request, as the handlers meet it:
 * - `throttle`: one DynamoDB request is refused after the SDK's own retries gave up;
 * - `lostReply`: a write commits, then its answer never arrives (a timeout);
 * - `crash`: the process dies — that request and every one after it never happen.
 */
export type FaultKind = 'throttle' | 'lostReply' | 'crash'

interface Armed {
  kind: FaultKind
  /** The request of the operation (0-based) at which the fault strikes. */
  at: number
  seen: number
  struck: boolean
}

const current = new AsyncLocalStorage<Armed>()
const WRITE = /^(TransactWrite|Put|Update|Delete|BatchWrite)/

class InjectedFault extends Error {}

/** Runs `work` with one fault armed for the DynamoDB requests it makes; says whether it struck. */
export async function withFault<T>(
  kind: FaultKind,
  at: number,
  work: () => Promise<T>,
): Promise<{ result: T; struck: boolean }> {
  const armed: Armed = { kind, at, seen: 0, struck: false }
  const result = await current.run(armed, work)
  return { result, struck: armed.struck }
}

/** Puts the fault injector in front of every request of the data layer's client. */
export function installFaults(client: DynamoDBDocumentClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const armed = current.getStore()
      if (!armed) return next(args)
      const index = armed.seen++
      if (armed.kind === 'crash' && (armed.struck || index >= armed.at)) {
        armed.struck = true
        throw fault('SimulatedCrash', 'the process died')
      }
      if (armed.struck || index < armed.at) return next(args)
      if (armed.kind === 'throttle') {
        armed.struck = true
        throw fault('ThrottlingException', 'rate of requests exceeds the allowed throughput')
      }
      if (!WRITE.test(context.commandName ?? '')) return next(args)
      const answer = await next(args)
      armed.struck = true
      void answer
      throw fault('TimeoutError', 'the write committed but its answer was lost')
    },
    { step: 'initialize', name: 'simulatedFaults' },
  )
}

function fault(name: string, message: string): Error {
  const err = new InjectedFault(message)
  err.name = name
  return err
}

/** A crashed request's claim on its key is taken over once its lease ends: let that time pass. */
export async function letLeasePass(callerId: string, key: string) {
  await db()
    .send(
      new UpdateCommand({
        TableName: table(),
        Key: claimKey(callerId, key),
        UpdateExpression: 'SET leaseUntil = :zero',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#r)',
        ExpressionAttributeNames: { '#r': 'response' },
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    )
    .catch((err: Error) => {
      if (err.name !== 'ConditionalCheckFailedException') throw err
    })
}
