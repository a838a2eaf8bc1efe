import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../infra/src/engine'
import { buildH5 } from '../../infra/src/miniapp'
import { serveStatic } from '../../infra/src/static'
import { lighthouse, type Audit } from '../e2e/lighthouse'
import type { Page } from 'playwright-core'
import { round } from './stats'

const RUNS = 3

/**
 * Lighthouse's mobile performance audit (its default throttling) of the browser build's
 * first screens — sign-in, and the home of a villager who has opened it before — each run
 * three times, the median run by score reported: score, largest paint, blocking time and
 * layout shift.
 */
export async function firstScreens(apiUrl: string) {
  const output = mkdtempSync(join(tmpdir(), 'jifenbao-bench-first-'))
  await buildH5({ TARO_APP_API_URL: new URL(apiUrl).origin, MINIAPP_OUTPUT: output })
  const app = await serveStatic(output, await freePort())
  try {
    const phone = await villager(apiUrl)
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
      villagerHome: await median(`${app.url}#/pages/index/index`, async (page: Page) => {
        await page.goto(`${app.url}#/pages/login/index`)
        await page.getByRole('spinbutton', { name: '手机号' }).fill(phone)
        await page.getByText('登录', { exact: true }).click()
        await page.getByTestId('pay-code').waitFor()
        // A villager who opened the app before: the home remembers their units. Chromium
        // writes local storage to disk some seconds after a change, not when it closes.
        await page.waitForTimeout(6000)
      }),
    }
  } finally {
    await app.stop()
    rmSync(output, { recursive: true, force: true })
  }
}

/** A town of one household with a member to sign in as; their phone. */
async function villager(apiUrl: string): Promise<string> {
  const send = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path} → ${response.status}`)
    return (await response.json()) as Record<string, string>
  }
  const { adminToken } = await send('/dev/towns', { name: '首屏镇' })
  const admin = (path: string, body: unknown) => send(path, body, adminToken)
  const village = await admin('/villages', { name: '东尉村' })
  const grid = await admin(`/villages/${village.id}/grids`, { name: '第一微网格' })
  const group = await admin(`/grids/${grid.id}/groups`, { name: '第一联户小组' })
  const household = await admin(`/groups/${group.id}/households`, { headName: '陈桂兰' })
  const phone = `136${String(Date.now() % 1e8).padStart(8, '0')}`
  await admin('/people', { name: '陈桂兰', phone, householdId: household.id })
  return phone
}
