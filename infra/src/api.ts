import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { waitForPort } from './engine'

const root = join(__dirname, '../..')

/**
 * The HTTP API as serverless-offline serves serverless.yml on the local stage: every route's
 * real Lambda bundle, in process. Ready when its port answers.
 */
export async function startApi(opts: {
  httpPort: number
  lambdaPort: number
  env: Record<string, string>
}) {
  const api = spawn(
    process.execPath,
    [
      join(root, 'node_modules/serverless/bin/serverless.js'),
      'offline',
      'start',
      '--stage',
      'local',
      '--httpPort',
      String(opts.httpPort),
      '--lambdaPort',
      String(opts.lambdaPort),
    ],
    { cwd: root, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  process.once('exit', () => api.kill('SIGKILL'))
  await waitForPort(opts.httpPort, 120_000, api)
  return {
    url: `http://127.0.0.1:${opts.httpPort}/v1`,
    process: api,
    stop: () =>
      new Promise<void>((resolve) => {
        if (api.exitCode !== null) return resolve()
        api.once('exit', () => resolve())
        api.kill('SIGTERM')
      }),
  }
}
