import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser'

const LIGHTHOUSE = require.resolve('lighthouse/cli/index.js')

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]

export interface Audit {
  /** Each category's score, 0 to 1 ('accessibility', 'best-practices', 'performance'). */
  scores: Record<string, number>
  /** The performance metrics' values (ms; layout shift unitless), when performance was audited. */
  metrics: Record<string, number>
  /** The audits that did not pass, with what they say, for the failure message. */
  failing: string[]
  /** Where the page ended up. */
  url: string
}

/**
 * Lighthouse's mobile audit (default throttling) of a page of the app, by its own CLI in
 * Debian's Chromium. `prepare` runs first in a browser on the same profile (signing in, say),
 * and the audit keeps that profile's storage.
 */
export async function lighthouse(
  url: string,
  prepare?: (page: Page) => Promise<void>,
  categories = ['accessibility', 'best-practices'],
): Promise<Audit> {
  const profile = mkdtempSync(join(tmpdir(), 'jifenbao-lighthouse-'))
  try {
    if (prepare) {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      })
      await prepare(context.pages()[0] ?? (await context.newPage()))
      await context.close()
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        LIGHTHOUSE,
        url,
        '--output=json',
        '--quiet',
        '--disable-storage-reset',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${[...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ')}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        maxBuffer: 64 << 20,
        timeout: 120_000,
      },
    )
    const report = JSON.parse(stdout) as {
      finalDisplayedUrl: string
      categories: Record<string, { score: number }>
      audits: Record<
        string,
        { score: number | null; scoreDisplayMode: string; title: string; numericValue?: number }
      >
    }
    return {
      scores: Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, c.score])),
      failing: Object.entries(report.audits)
        .filter(([, a]) => a.scoreDisplayMode === 'binary' && a.score === 0)
        .map(([id, a]) => `${id}: ${a.title}`),
      metrics: Object.fromEntries(
        METRICS.filter((id) => report.audits[id]?.numericValue !== undefined).map((id) => [
          id,
          report.audits[id]!.numericValue!,
        ]),
      ),
      url: report.finalDisplayedUrl,
    } satisfies Audit
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
