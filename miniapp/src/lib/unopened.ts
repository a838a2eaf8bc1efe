import Taro from '@tarojs/taro'

export const UNOPENED_MESSAGE = '网络不好，页面没有打开，请有信号时再点'
/** A page that failed to open while no screen was there to say so. */
let untold = false

/** Whether the phone has no signal at all (Taro's browser network type never says 'none'). */
const offline = async () =>
  process.env.TARO_ENV === 'h5'
    ? !navigator.onLine
    : (await Taro.getNetworkType().catch(() => ({ networkType: 'unknown' }))).networkType === 'none'

/**
 * Opens a page of the app. Without signal it is not tried: the browser build would fetch the
 * page and stay blank, WeChat would fail to download its subpackage. `onFail` says why.
 */
export async function openPage(url: string, onFail: (message: string) => void) {
  if (await offline()) return onFail(UNOPENED_MESSAGE)
  await Taro.navigateTo({ url }).catch(() => onFail(UNOPENED_MESSAGE))
}

/**
 * The browser build: a page whose fetch failed on a weak signal leaves a blank screen. Back
 * to where the person was, where `takeUnopened` tells why.
 */
export function watchUnopenedPages(window: Window) {
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { name?: string } | undefined
    if (reason?.name !== 'ChunkLoadError') return
    event.preventDefault()
    untold = true
    window.history.back()
  })
}

/** The message for a page that could not be opened since last asked, if any. */
export function takeUnopened(): string {
  const message = untold ? UNOPENED_MESSAGE : ''
  untold = false
  return message
}
