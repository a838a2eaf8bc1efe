import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApi } from '../../infra/src/api'
import { freePort, startEngine } from '../../infra/src/engine'
import { localEnv } from '../../infra/src/local-env'
import { startS3 } from '../../infra/src/s3'
import { ensureTable, localClient } from '../../infra/src/table'

/**
 * The whole backend as `npm start` runs it, on free ports and in memory: DynamoDB Local,
 * local S3 and serverless-offline serving serverless.yml. Tests speak HTTP to it.
 */
export default async function globalSetup(): Promise<void> {
  const engine = await startEngine({ port: await freePort() })
  const s3 = await startS3({
    port: await freePort(),
    directory: mkdtempSync(join(tmpdir(), 'jifenbao-e2e-s3-')),
    bucket: localEnv.PHOTO_BUCKET,
  })
  await ensureTable(localClient(engine.endpoint), localEnv.TABLE_NAME)
  const env = {
    ...localEnv,
    DYNAMODB_ENDPOINT: engine.endpoint,
    S3_ENDPOINT: s3.endpoint,
    ESBUILD_WORK_FOLDER: '.esbuild-e2e',
  }
  const api = await startApi({ httpPort: await freePort(), lambdaPort: await freePort(), env })
  Object.assign(process.env, { E2E_API_URL: api.url, E2E_DYNAMODB_ENDPOINT: engine.endpoint })
  Object.assign(globalThis, { jifenbaoE2e: [api, s3, engine] })
}
