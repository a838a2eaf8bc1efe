import { randomBytes } from 'node:crypto'
import { freePort, startEngine } from '../../infra/src/engine'
import { ensureTable, localClient } from '../../infra/src/table'

/** Starts DynamoDB Local in memory on a free port for this run and creates the table. */
export default async function globalSetup(): Promise<void> {
  const engine = await startEngine({ port: await freePort() })
  process.env.JIFENBAO_ENGINE_PID = String(engine.pid)
  Object.assign(process.env, {
    STAGE: 'test',
    TABLE_NAME: 'jifenbao-test',
    DYNAMODB_ENDPOINT: engine.endpoint,
    JWT_SECRET: randomBytes(32).toString('base64'),
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'SILENT',
  })
  await ensureTable(localClient(engine.endpoint), 'jifenbao-test')
}
