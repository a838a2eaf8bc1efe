import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApi } from '../../infra/src/api'
import { buildH5 } from '../../infra/src/miniapp'
import { serveStatic } from '../../infra/src/static'
import { freePort, startEngine } from '../../infra/src/engine'
import { localEnv } from '../../infra/src/local-env'
import { startS3 } from '../../infra/src/s3'
import { ensureTable, localClient } from '../../infra/src/table'

/**
 * The whole backend as `npm start` runs it, on free ports and in memory: DynamoDB Local,
 * local S3 and serverless-offline serving serverless.yml, and the mini-program's H5 build.
 * Tests speak HTTP to the API and drive the app in Chromium.
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
  // The mini-program's browser build, pointed at this API, built aside and served.
  const output = mkdtempSync(join(tmpdir(), 'jifenbao-e2e-h5-'))
  await buildH5({ TARO_APP_API_URL: api.url, MINIAPP_OUTPUT: output })
  const app = await serveStatic(output, await freePort())
  Object.assign(process.env, {
    E2E_API_URL: api.url,
    E2E_APP_URL: app.url,
    E2E_DYNAMODB_ENDPOINT: engine.endpoint,
  })
  Object.assign(globalThis, { jifenbaoE2e: [app, api, s3, engine] })
}
