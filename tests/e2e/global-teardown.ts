import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkLedger, verdictLine } from '../../infra/src/check-ledger'
import { localEnv } from '../../infra/src/local-env'
import { localClient } from '../../infra/src/table'

/** Checks the ledger the end-to-end tests wrote, then stops the API, S3 and the engine. */
export default async function globalTeardown(): Promise<void> {
  const client = localClient(process.env.E2E_DYNAMODB_ENDPOINT!)
  const verdict = await checkLedger(client, localEnv.TABLE_NAME)
  client.destroy()
  writeFileSync(
    join(__dirname, '../../.ledger-check-e2e.json'),
    JSON.stringify({ ...verdict, line: verdictLine(verdict) }),
  )
  for (const service of (globalThis as { jifenbaoE2e?: { stop(): Promise<void> }[] }).jifenbaoE2e ??
    [])
    await service.stop()
}
