import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { createContext, runInContext } from 'node:vm'

/** A page instance as WeChat makes one: the page's config, its data and `setData`. */
export interface PageInstance {
  route: string
  data: Record<string, any>
  options: Record<string, string>
  setData(patch: Record<string, unknown>, done?: () => void): void
  [method: string]: any
}

/** Sets `root.cn.[0].v`-style paths, as WeChat's setData does. */
function setPath(target: Record<string, any>, path: string, value: unknown) {
  const keys = path.split(/\.|\[|\]/).filter(Boolean)
  let node = target
  keys.slice(0, -1).forEach((key, i) => {
    const next = keys[i + 1]!
    node[key] ??= /^\d+$/.test(next) ? [] : {}
    node = node[key]
  })
  node[keys.at(-1)!] = value
}

interface Node {
  sid: string
  v?: string
  cn?: Node[]
}

/** Every text on a page, in order, as WeChat would render it. */
export function texts(page: PageInstance): string[] {
  const walk = (nodes: Node[] = []): string[] =>
    nodes.flatMap((n) => (n.v !== undefined ? [n.v] : walk(n.cn)))
  return walk(page.data.root?.cn)
}

/**
 * Taps the element that shows `text`. WeChat calls the page's event handler (`eh`) for the
 * element tapped and then again for each ancestor as the tap bubbles up, and so does this.
 */
export function tap(page: PageInstance, text: string) {
  const pathTo = (nodes: Node[] = [], above: Node[]): Node[] | undefined => {
    for (const n of nodes) {
      if (n.v === text) return above
      const hit = pathTo(n.cn, [...above, n])
      if (hit) return hit
    }
  }
  const path = pathTo(page.data.root?.cn, [])
  if (!path?.length) throw new Error(`nothing on the page says ${text}`)
  const mark = (n: Node) => ({ id: n.sid, dataset: { sid: n.sid } })
  const target = mark(path.at(-1)!)
  for (const node of path.reverse())
    page.eh({ type: 'tap', target, currentTarget: mark(node), detail: {}, timeStamp: Date.now() })
}

/** A request as the page handed it to `wx.request`. */
export interface Sent {
  method: string
  url: string
  header: Record<string, string>
  data: unknown
}

/** Types `value` into the input whose placeholder is `placeholder`, as WeChat reports typing. */
export function typeInto(page: PageInstance, placeholder: string, value: string) {
  const find = (nodes: (Node & Record<string, unknown>)[] = []): Node | undefined => {
    for (const n of nodes) {
      if (n.v === undefined && Object.values(n).includes(placeholder)) return n
      const hit = find(n.cn as (Node & Record<string, unknown>)[])
      if (hit) return hit
    }
  }
  const input = find(page.data.root?.cn)
  if (!input) throw new Error(`no input on the page asks for ${placeholder}`)
  const mark = { id: input.sid, dataset: { sid: input.sid } }
  page.eh({ type: 'input', target: mark, currentTarget: mark, detail: { value }, timeStamp: 0 })
}

/**
 * Runs a weapp build in a Node sandbox with small stand-ins for what WeChat provides: `App`,
 * `Page`, `Component`, `getApp`, `getCurrentPages` and a `wx` whose storage is in memory,
 * whose `request` is answered by the test, whose scanner reads what the test put in
 * `scans`, whose canvases record what is drawn, and whose navigation is recorded.
 */
export function weappSandbox(
  output: string,
  answer: (req: { url: string; method: string; data: unknown }) => {
    statusCode: number
    data: unknown
  },
) {
  const storage = new Map<string, unknown>()
  const navigations: string[] = []
  const requests: string[] = []
  const sent: Sent[] = []
  const scans: string[] = []
  const pages = new Map<string, Record<string, any>>()
  const stack: PageInstance[] = []
  let app: Record<string, any> | undefined
  const succeed = <T>(opts: { success?: (r: T) => void; complete?: (r: T) => void }, result: T) => {
    setTimeout(() => {
      opts.success?.(result)
      opts.complete?.(result)
    })
  }
  const navigate = (opts: { url: string; success?: (r: unknown) => void }) => {
    navigations.push(opts.url)
    succeed(opts, { errMsg: 'navigateTo:ok' })
  }
  const wx = {
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getSystemInfoSync: () => ({
      platform: 'android',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      SDKVersion: '3.0.0',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn),
    request(opts: Sent & { success: (r: unknown) => void; fail: (e: unknown) => void }) {
      requests.push(`${opts.method} ${opts.url}`)
      sent.push({ method: opts.method, url: opts.url, header: opts.header, data: opts.data })
      const result = answer(opts)
      succeed(opts, { ...result, header: {}, errMsg: 'request:ok' })
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
    navigateTo: navigate,
    redirectTo: navigate,
    reLaunch: navigate,
    getNetworkType: (opts: object) =>
      succeed(opts, { networkType: 'wifi', errMsg: 'getNetworkType:ok' }),
    setKeepScreenOn: (opts: object) => succeed(opts, { errMsg: 'setKeepScreenOn:ok' }),
    login: (opts: object) => succeed(opts, { code: 'wx-login-code', errMsg: 'login:ok' }),
    scanCode: (opts: object) =>
      succeed(opts, { result: scans.shift() ?? '', scanType: 'QR_CODE', errMsg: 'scanCode:ok' }),
  }
  const drawn: unknown[][] = []
  /**
   * WeChat's 2D canvas as a page finds it by a selector query (or makes one off screen): a
   * node whose context records what is drawn on it, for the test to read; text is measured
   * at 12 px a character, and pixels read back blank.
   */
  const canvasNode = (width: number, height: number) => {
    const state: Record<string | symbol, unknown> = {}
    const context: Record<string, unknown> = new Proxy(state, {
      get: (target, key) =>
        key in target
          ? target[key]
          : key === 'measureText'
            ? (text: string) => ({ width: text.length * 12 })
            : key === 'getImageData'
              ? (_x: number, _y: number, w: number, h: number) => ({
                  data: new Uint8ClampedArray(w * h * 4),
                  width: w,
                  height: h,
                })
              : (...args: unknown[]) => void drawn.push([key, ...args]),
      set: (target, key, value) => {
        target[key] = value
        return true
      },
    })
    const node = {
      width,
      height,
      getContext: () => context,
      createImage: () => ({}),
      requestAnimationFrame: (fn: () => void) => setTimeout(fn, 16),
      cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    }
    state.canvas = node
    return node
  }
  const selectorQuery = () => {
    const found: unknown[] = []
    const query = {
      in: () => query,
      select: () => ({
        fields: () => {
          found.push({ node: canvasNode(343, 240), width: 343, height: 240 })
          return query
        },
        boundingClientRect: () => query,
      }),
      exec: (done?: (results: unknown[]) => void) => setTimeout(() => done?.(found)),
    }
    return query
  }
  Object.assign(wx, {
    createSelectorQuery: selectorQuery,
    createOffscreenCanvas: ({ width, height }: { width: number; height: number }) =>
      canvasNode(width, height),
  })
  const modules = new Map<string, unknown>()
  const context = createContext({
    wx,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    App: (config: Record<string, any>) => (app = config),
    Page: (config: Record<string, any>) => pages.set(current!, config),
    Component: (config: Record<string, any>) => config,
    getApp: () => app,
    getCurrentPages: () => stack,
    requireMiniProgram: () => ({}),
  })
  let current: string | undefined

  /** `require` as WeChat resolves it: paths relative to the requiring file, `.js` optional. */
  function load(file: string) {
    const path = file.endsWith('.js') ? file : `${file}.js`
    if (modules.has(path)) return (modules.get(path) as { exports: unknown }).exports
    const module = { exports: {} as unknown }
    modules.set(path, module)
    const source = readFileSync(join(output, path), 'utf8')
    const wrapper = runInContext(`(function (require, module, exports) {${source}\n})`, context, {
      filename: path,
    }) as (r: (p: string) => unknown, m: typeof module, e: unknown) => void
    wrapper((p) => load(normalize(join(dirname(path), p))), module, module.exports)
    return module.exports
  }

  return {
    storage,
    /** Every call made on a canvas's 2D context: its method, then its arguments. */
    drawn,
    navigations,
    requests,
    sent,
    scans,
    /** Loads app.js and runs the app's launch. */
    launch() {
      load('app')
      app!.onLaunch?.({ path: 'pages/index/index', query: {} })
      app!.onShow?.({ path: 'pages/index/index', query: {} })
    },
    /** Loads a page's script and opens it as WeChat would (onLoad, onShow, onReady). */
    open(route: string, options: Record<string, string> = {}): PageInstance {
      current = route
      load(route)
      const config = pages.get(route)!
      const page: PageInstance = {
        ...config,
        route,
        options,
        data: structuredClone(config.data ?? {}),
        setData(patch, done) {
          for (const [path, value] of Object.entries(patch)) setPath(this.data, path, value)
          if (done) setTimeout(done)
        },
      }
      stack.push(page)
      page.onLoad?.call(page, options)
      page.onShow?.call(page)
      page.onReady?.call(page)
      return page
    },
  }
}
