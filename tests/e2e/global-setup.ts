import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildH5 } from '../../infra/src/miniapp'
import { serveStatic } from '../../infra/src/static'
import { startEphemeralBackend } from '../../infra/src/ephemeral'
import { freePort } from '../../infra/src/engine'

/**
 * The whole backend as `npm start` runs it, on free ports and in memory: DynamoDB Local,
 * local S3 and serverless-offline serving serverless.yml, and the mini-program's H5 build.
 * Tests speak HTTP to the API and drive the app in Chromium.
 */
export default async function globalSetup(): Promise<void> {
  const backend = await startEphemeralBackend('.esbuild-e2e')
  // The mini-program's browser build, pointed at this API, built aside and served.
  const output = mkdtempSync(join(tmpdir(), 'jifenbao-e2e-h5-'))
  await buildH5({ TARO_APP_API_URL: new URL(backend.api.url).origin, MINIAPP_OUTPUT: output })
  const app = await serveStatic(output, await freePort())
  Object.assign(process.env, {
    E2E_API_URL: backend.api.url,
    E2E_APP_URL: app.url,
    E2E_DYNAMODB_ENDPOINT: backend.engine.endpoint,
  })
  Object.assign(globalThis, { jifenbaoE2e: [app, backend] })
}
