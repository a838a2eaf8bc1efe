// `npm start` / `npm run api`: the whole product on 127.0.0.1 — DynamoDB Local (data kept
// under .data/), local S3, the HTTP API through serverless-offline, the demo town.
import { join } from 'node:path'
import { startApi } from './api'
import { assertJava, startEngine } from './engine'
import { LOCAL, localEnv } from './local-env'
import { startS3 } from './s3'
import { ensureTable, localClient } from './table'

const root = join(__dirname, '../..')

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
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const stop of [...stops].reverse()) await stop().catch(() => undefined)
      process.exit(0)
    })())
  process.once('SIGINT', stopAll)
  process.once('SIGTERM', stopAll)

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
  console.log(`
积分宝 local stack is up${seeded ? ' (demo town seeded)' : ''}:
  API          ${apiUrl}   (health: ${apiUrl}/health, OpenAPI: ${apiUrl}/openapi.json)
  DynamoDB     ${engine.endpoint}   table ${LOCAL.tableName}, data in ${LOCAL.dataDir}/dynamodb
  S3           ${s3.endpoint}   bucket ${LOCAL.photoBucket}
  Mini-program not built yet (issue 6)

Demo town 长山镇 (townId ${DEMO_TOWN_ID}). Sign in with POST ${apiUrl}/auth/dev {"phone": "…"}:
${DEMO_LOGINS.map((l) => `  ${l.phone}  ${l.name}  ${l.what}`).join('\n')}

Ctrl-C stops everything.`)
  api.process.once('exit', (code) => {
    console.error(`the API process exited (${code}); stopping`)
    void stopAll()
  })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
