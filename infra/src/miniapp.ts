import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
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

/** Bytes of every file under a folder. */
export const bytesUnder = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name)
    return sum + (statSync(path).isDirectory() ? bytesUnder(path) : statSync(path).size)
  }, 0)

/** A weapp build's packages as WeChat counts them: the main package and each subpackage. */
export function weappPackages(output: string): { name: string; bytes: number }[] {
  const app = JSON.parse(readFileSync(join(output, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
  }
  const subpackages = (app.subPackages ?? []).map(({ root }) => ({
    name: root,
    bytes: bytesUnder(join(output, root)),
  }))
  const rest = subpackages.reduce((sum, p) => sum + p.bytes, 0)
  return [{ name: 'main', bytes: bytesUnder(output) - rest }, ...subpackages]
}
