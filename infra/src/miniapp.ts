import { spawn } from 'node:child_process'
import { join } from 'node:path'

const root = join(__dirname, '../..')

/**
 * `taro build --type weapp|h5`, with build-time settings such as the API's URL
 * (TARO_APP_API_URL) and where the output goes (MINIAPP_OUTPUT).
 */
export function buildMiniapp(type: 'weapp' | 'h5', env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn(
      process.execPath,
      [join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', type],
      {
        cwd: join(root, 'miniapp'),
        // A release build, whatever the caller's NODE_ENV (jest sets 'test').
        env: { ...process.env, NODE_ENV: 'production', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    // Webpack's progress is noise: the output is shown only when the build fails.
    let output = ''
    build.stdout.on('data', (chunk: Buffer) => (output += chunk))
    build.stderr.on('data', (chunk: Buffer) => (output += chunk))
    build.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`the ${type} build failed (${code}):\n${output.slice(-4000)}`)),
    )
  })
}

export const buildH5 = (env: Record<string, string>) => buildMiniapp('h5', env)
