import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { round } from './stats'

/**
 * Counts every DynamoDB request the client sends (each page of a query is one) and the
 * capacity each consumed, while `run` runs in this process.
 */
export async function counted(
  doc: DynamoDBDocumentClient,
  run: () => Promise<unknown>,
): Promise<{ wallSeconds: number; requests: number; capacityUnits: number }> {
  const counter = { requests: 0, capacity: 0 }
  doc.middlewareStack.add(
    (next) => async (args) => {
      counter.requests += 1
      ;(args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL'
      const result = await next(args)
      const consumed = (
        result.output as {
          ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[]
        }
      ).ConsumedCapacity
      for (const c of [consumed ?? []].flat()) counter.capacity += c.CapacityUnits ?? 0
      return result
    },
    { step: 'initialize', name: 'benchCounter' },
  )
  const start = performance.now()
  try {
    await run()
  } finally {
    doc.middlewareStack.remove('benchCounter')
  }
  return {
    wallSeconds: round((performance.now() - start) / 1000, 2),
    requests: counter.requests,
    capacityUnits: round(counter.capacity),
  }
}
