import { useEffect } from 'react'

/**
 * A stand-in for `@tarojs/taro` in component tests: storage in memory, navigation recorded,
 * and `request` answered by the test's own `api` handler (or a thrown network failure).
 */
type Handler = (req: {
  method: string
  path: string
  body: any
  headers: Record<string, string>
}) => { status: number; body: unknown }

const API = 'http://127.0.0.1:3000/v1'
export const calls: { method: string; path: string; body: any; headers: Record<string, string> }[] =
  []
export const navigations: string[] = []
export const uploads: { url: string; fields: Record<string, string> }[] = []
let storage = new Map<string, unknown>()
let api: Handler = () => ({ status: 404, body: {} })
let routerParams: Record<string, string> = {}

export const stand = {
  reset() {
    storage = new Map()
    calls.length = 0
    navigations.length = 0
    uploads.length = 0
    routerParams = {}
    api = () => ({ status: 404, body: {} })
  },
  answer(handler: Handler) {
    api = handler
  },
  params(p: Record<string, string>) {
    routerParams = p
  },
}

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  async request(opts: {
    url: string
    method: string
    data?: unknown
    header: Record<string, string>
  }) {
    const req = {
      method: opts.method,
      path: opts.url.replace(API, ''),
      body: opts.data,
      headers: opts.header,
    }
    calls.push(req)
    const { status, body } = api(req)
    return { statusCode: status, data: body }
  },
  navigateTo: async ({ url }: { url: string }) => void navigations.push(url),
  reLaunch: async ({ url }: { url: string }) => void navigations.push(url),
  navigateBack: async () => void navigations.push('back'),
  setKeepScreenOn: async () => undefined,
  getNetworkType: async () => ({ networkType: 'wifi' }),
  previewImage: async () => undefined,
  login: async () => ({ code: 'wx-code' }),
  chooseImage: async () => ({ tempFilePaths: ['blob:photo-1'] }),
  /** The photo store: reports 50 %, then accepts the file. */
  uploadFile(opts: {
    url: string
    formData: Record<string, string>
    success: (r: { statusCode: number }) => void
  }) {
    uploads.push({ url: opts.url, fields: opts.formData })
    const progress: ((p: { progress: number }) => void)[] = []
    setTimeout(() => {
      progress.forEach((report) => report({ progress: 50 }))
      opts.success({ statusCode: 204 })
    }, 0)
    return {
      onProgressUpdate: (report: (p: { progress: number }) => void) => progress.push(report),
    }
  },
}

export default Taro
/** Runs once the page is on screen, like a page's first show. */
export const useDidShow = (effect: () => void) => useEffect(effect, [])
export const useRouter = () => ({ params: routerParams })
