import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium fonts-wqy-microhei`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless, and kept off the network (this machine refuses Google's hosts). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

/** Where the browser tests leave what they made (screenshots, workbooks) to be looked at. */
export const ARTIFACTS = join(__dirname, 'artifacts')

/** A screenshot of the page, the whole of it unless `fullPage` is false: ARTIFACTS/`name`.png. */
export const shoot = (page: Page, name: string, { fullPage = true } = {}) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
