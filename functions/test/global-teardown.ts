import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkLedger, verdictLine } from '../../infra/src/check-ledger'
import { localClient } from '../../infra/src/table'

/**
 * Checks the ledger of everything the tests wrote (tests/run.mjs reports the verdict), then
 * stops the DynamoDB Local and the local S3 that global-setup started.
 */
export default async function globalTeardown(): Promise<void> {
  const client = localClient(process.env.DYNAMODB_ENDPOINT!)
  const verdict = await checkLedger(client, process.env.TABLE_NAME!)
  client.destroy()
  writeFileSync(
    join(__dirname, '../../.ledger-check.json'),
    JSON.stringify({ ...verdict, line: verdictLine(verdict) }),
  )
  const stack = (globalThis as { jifenbaoStack?: { stop(): Promise<void> }[] }).jifenbaoStack ?? []
  await Promise.all(stack.map((service) => service.stop()))
}
