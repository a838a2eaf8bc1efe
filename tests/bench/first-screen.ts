import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../infra/src/engine'
import { buildH5 } from '../../infra/src/miniapp'
import { serveStatic } from '../../infra/src/static'
import { lighthouse, type Audit } from '../e2e/lighthouse'
import { browserTown, signIn } from '../e2e/town'
import { round } from './stats'

const RUNS = 3

/**
 * Lighthouse's mobile performance audit (its default throttling) of the browser build's
 * first screens — sign-in, and a villager's home signed in — each run three times, the
 * median run by score reported: score, largest paint, blocking time and layout shift.
 */
export async function firstScreens(apiUrl: string) {
  const output = mkdtempSync(join(tmpdir(), 'jifenbao-bench-first-'))
  await buildH5({ TARO_APP_API_URL: new URL(apiUrl).origin, MINIAPP_OUTPUT: output })
  const app = await serveStatic(output, await freePort())
  // The browser tests' helpers find the API and the app here.
  Object.assign(process.env, { E2E_API_URL: apiUrl, E2E_APP_URL: app.url })
  try {
    const town = await browserTown()
    const median = async (url: string, prepare?: Parameters<typeof lighthouse>[1]) => {
      const audits: Audit[] = []
      for (let i = 0; i < RUNS; i++) audits.push(await lighthouse(url, prepare, ['performance']))
      const { scores, metrics } = audits.sort(
        (a, b) => a.scores.performance! - b.scores.performance!,
      )[Math.floor(RUNS / 2)]!
      return {
        performance: round(scores.performance! * 100),
        lcpMs: round(metrics['largest-contentful-paint']!),
        tbtMs: round(metrics['total-blocking-time']!),
        cls: round(metrics['cumulative-layout-shift']!, 3),
        runs: audits.map((a) => round(a.scores.performance! * 100)),
      }
    }
    return {
      signIn: await median(`${app.url}#/pages/login/index`),
      villagerHome: await median(`${app.url}#/pages/index/index`, (page) =>
        signIn(page, town.phones.villager),
      ),
    }
  } finally {
    await app.stop()
    rmSync(output, { recursive: true, force: true })
  }
}
