// `npm run sim -- --seed N --ops M [--seeds 1,2,3]`: the seeded simulation on a DynamoDB
// Local of its own, in memory. Prints each seed's figures; a broken invariant prints the
// step and the command that replays it, and exits 1.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { freePort, startEngine } from '../../../infra/src/engine'
import { ensureTable, localClient } from '../../../infra/src/table'

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      seeds: { type: 'string' },
      ops: { type: 'string', default: '500' },
      trace: { type: 'boolean', default: false },
    },
  })
  const seeds = (values.seeds ?? values.seed ?? String(Date.now() % 100_000)).split(',').map(Number)
  const ops = Number(values.ops)
  const engine = await startEngine({ port: await freePort() })
  Object.assign(process.env, {
    STAGE: 'test',
    TABLE_NAME: 'jifenbao-sim',
    DYNAMODB_ENDPOINT: engine.endpoint,
    PHOTO_BUCKET: 'jifenbao-sim',
    JWT_SECRET: randomBytes(32).toString('base64'),
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'SILENT',
  })
  await ensureTable(localClient(engine.endpoint), 'jifenbao-sim')
  const { simulate, SimFailure } = await import('./simulate')
  let failed = false
  for (const seed of seeds) {
    try {
      const result = await simulate({
        seed,
        ops,
        log: (line) => console.log(line),
        ...(values.trace && { trace: (line: string) => console.log(line) }),
      })
      console.log(JSON.stringify(result, null, 2))
    } catch (err) {
      failed = true
      console.error(err instanceof SimFailure ? err.message : err)
    }
  }
  await engine.stop()
  process.exit(failed ? 1 : 0)
}

void main()
