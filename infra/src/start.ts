// `npm start`: the whole product on 127.0.0.1 — DynamoDB Local (data kept under .data/),
// local S3, the HTTP API through serverless-offline, the demo town and the mini-program's
// browser build. `npm run api` (--api-only) leaves the mini-program out.
import { join } from 'node:path'
import { startApi } from './api'
import { buildH5 } from './miniapp'
import { assertJava, startEngine } from './engine'
import { LOCAL, localEnv } from './local-env'
import { startS3 } from './s3'
import { serveStatic } from './static'
import { ensureTable, localClient } from './table'

const root = join(__dirname, '../..')

const API_ONLY = process.argv.includes('--api-only')

async function main() {
  try {
    assertJava()
  } catch (err) {
    console.error((err as Error).message)
    process.exit(1)
  }
  Object.assign(process.env, localEnv)
  const stops: (() => Promise<void>)[] = []
  let stopping: Promise<void> | undefined
  const stopAll = (code = 0) =>
    (stopping ??= (async () => {
      for (const stop of [...stops].reverse()) await stop().catch(() => undefined)
      process.exit(code)
    })())
  // Ctrl-C reaches both tsx and this process: every signal after the first just waits for the stop.
  process.on('SIGINT', () => stopAll())
  process.on('SIGTERM', () => stopAll())
  try {
    await startAll(stops)
  } catch (err) {
    console.error((err as Error).message)
    await stopAll(1)
  }
}

/** Starts every part, registering how to stop it as soon as it runs. */
async function startAll(stops: (() => Promise<void>)[]) {
  const engine = await startEngine({
    port: LOCAL.dynamoPort,
    dbPath: join(root, LOCAL.dataDir, 'dynamodb'),
  })
  stops.push(engine.stop)
  const s3 = await startS3({
    port: LOCAL.s3Port,
    directory: join(root, LOCAL.dataDir, 's3'),
    bucket: LOCAL.photoBucket,
  })
  stops.push(s3.stop)
  await ensureTable(localClient(engine.endpoint), LOCAL.tableName)
  // The data layer reads the environment set above, so it is loaded only now.
  const { seedDemoTown, DEMO_LOGINS, DEMO_TOWN_ID } = await import('./seed')
  const seeded = await seedDemoTown()

  const api = await startApi({
    httpPort: LOCAL.apiPort,
    lambdaPort: LOCAL.apiPort + 2,
    env: localEnv,
  })
  stops.push(api.stop)

  const apiUrl = api.url
  let appLine = 'Mini-program not started (npm run api)'
  // The mini-program's browser build compiles once the API answers, so the API is not kept waiting.
  if (!API_ONLY) {
    await buildH5({ TARO_APP_API_URL: new URL(apiUrl).origin })
    const app = await serveStatic(join(root, 'miniapp/dist/h5'), LOCAL.appPort)
    stops.push(app.stop)
    appLine = `Mini-program ${app.url}   (the H5 build; demo logins on its first screen)`
  }
  console.log(`
积分宝 local stack is up${seeded ? ' (demo town seeded)' : ''}:
  API          ${apiUrl}   (health: ${apiUrl}/health, OpenAPI: ${apiUrl}/openapi.json)
  DynamoDB     ${engine.endpoint}   table ${LOCAL.tableName}, data in ${LOCAL.dataDir}/dynamodb
  S3           ${s3.endpoint}   bucket ${LOCAL.photoBucket}
  ${appLine}

Demo town 长山镇 (townId ${DEMO_TOWN_ID}). Sign in with POST ${apiUrl}/auth/dev {"phone": "…"}:
${DEMO_LOGINS.map((l) => `  ${l.phone}  ${l.name}  ${l.what}`).join('\n')}

Ctrl-C stops everything.`)
  api.process.once('exit', (code) => {
    console.error(`the API process exited (${code}); stopping`)
    process.kill(process.pid, 'SIGTERM')
  })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
