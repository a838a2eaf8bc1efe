import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startApi } from './api'
import { freePort, startEngine } from './engine'
import { localEnv } from './local-env'
import { startS3 } from './s3'
import { ensureTable, localClient } from './table'

/**
 * The backend as `npm start` runs it, but throwaway: DynamoDB Local in memory, local S3 in a
 * temporary folder and serverless-offline, all on free ports. For the end-to-end tests and
 * the bench; `workFolder` keeps its Lambda bundles apart from any other build.
 */
export async function startEphemeralBackend(workFolder: string) {
  const engine = await startEngine({ port: await freePort() })
  const s3 = await startS3({
    port: await freePort(),
    directory: mkdtempSync(join(tmpdir(), 'jifenbao-s3-')),
    bucket: localEnv.PHOTO_BUCKET,
  })
  await ensureTable(localClient(engine.endpoint), localEnv.TABLE_NAME)
  const env = {
    ...localEnv,
    DYNAMODB_ENDPOINT: engine.endpoint,
    S3_ENDPOINT: s3.endpoint,
    ESBUILD_WORK_FOLDER: workFolder,
  }
  const api = await startApi({ httpPort: await freePort(), lambdaPort: await freePort(), env })
  return {
    engine,
    api,
    env,
    /** Stops the API, then S3, then the engine. */
    stop: async () => {
      await api.stop()
      await s3.stop()
      await engine.stop()
    },
  }
}
