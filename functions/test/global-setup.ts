import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, startEngine } from '../../infra/src/engine'
import { startS3 } from '../../infra/src/s3'
import { ensureTable, localClient } from '../../infra/src/table'

/**
 * Starts DynamoDB Local in memory and local S3 (in this process, which outlives the tests)
 * on free ports for this run, and creates the table and the photo bucket.
 */
export default async function globalSetup(): Promise<void> {
  const engine = await startEngine({ port: await freePort() })
  const s3 = await startS3({
    port: await freePort(),
    directory: mkdtempSync(join(tmpdir(), 'jifenbao-s3-')),
    bucket: 'jifenbao-photos-test',
  })
  // Teardown runs in this same process: it stops what was started here.
  Object.assign(globalThis, { jifenbaoStack: [engine, s3] })
  Object.assign(process.env, {
    STAGE: 'test',
    TABLE_NAME: 'jifenbao-test',
    DYNAMODB_ENDPOINT: engine.endpoint,
    PHOTO_BUCKET: 'jifenbao-photos-test',
    S3_ENDPOINT: s3.endpoint,
    JWT_SECRET: randomBytes(32).toString('base64'),
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'SILENT',
  })
  await ensureTable(localClient(engine.endpoint), 'jifenbao-test')
}
