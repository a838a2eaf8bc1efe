import Taro from '@tarojs/taro'
import {
  ApiErrorSchema,
  chineseOf,
  pathOf,
  routes,
  type AnswerOf,
  type BodyInput,
  type PathParams,
  type QueryInput,
  type RouteName,
  type Routes,
  type Session,
} from '@jifenbao/shared'
import type * as z from 'zod'
import { API_ORIGIN } from '../lib/api-origin'

const SESSION_KEY = 'jifenbao.session'

/** A route's whole address, for what is not a JSON call (a file to download). */
export const routeUrl = (
  name: RouteName,
  { params = {}, query }: { params?: Record<string, string>; query?: object } = {},
) => `${API_ORIGIN}${pathOf(routes[name].path, params)}${queryString(query)}`

/** A refusal the API explained, in Chinese for the screen. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's details: the fields it refused, or a roster's problems by row. */
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/** A request that never reached the server, or whose answer never came back. */
export class OfflineError extends Error {
  constructor() {
    super('网络不好，请稍后再试')
  }
}

export const saveSession = (session: Session) => {
  Taro.removeStorageSync(EXPIRED_KEY)
  Taro.setStorageSync(SESSION_KEY, session)
}
export const loadSession = (): Session | null =>
  (Taro.getStorageSync(SESSION_KEY) as Session | '') || null
export const clearSession = () => Taro.removeStorageSync(SESSION_KEY)

const EXPIRED_KEY = 'jifenbao.expired'
export const SESSION_EXPIRED = '登录已过期，请重新登录'

/**
 * The server no longer knows the session: off to sign in again, which says why. Calls that
 * were under way come back refused too; the first one has already sent the person there.
 */
function expireSession() {
  if (!loadSession()) return
  clearSession()
  Taro.setStorageSync(EXPIRED_KEY, true)
  void Taro.reLaunch({ url: '/pages/login/index' })
}

/**
 * Whether the person was sent to sign in because their session ran out: said until they sign
 * in again, however often the sign-in page is opened meanwhile (the page that saw the refusal
 * may send them there a second time).
 */
export const sessionHasExpired = (): boolean => Taro.getStorageSync(EXPIRED_KEY) === true

/** The names the screens give the fields the API refuses, for its messages. */
const FIELD_NAMES: Record<string, string> = {
  phone: '手机号',
  name: '名称',
  headName: '户主姓名',
  address: '地址',
  idNumber: '身份证号',
  price: '价格',
  stock: '库存',
  quantity: '次数',
  amount: '数量',
  reason: '原因',
  note: '备注',
  occurredOn: '日期',
  indicatorCode: '积分项目',
  householdIds: '农户',
  photoKeys: '照片',
  lines: '商品',
  code: '付款码',
}

/**
 * What the screen says of a refusal: the server's own words, in Chinese; for a field it
 * refused, which field and what to do ("价格：不能大于 100000，请改正后再试").
 */
export function refusalMessage(error: { message: string; details?: unknown }): string {
  const [field] = Array.isArray(error.details)
    ? (error.details as { path?: unknown; message?: unknown }[])
    : []
  if (typeof field?.path !== 'string' || typeof field.message !== 'string')
    return chineseOf(error.message)
  const name = FIELD_NAMES[field.path.split('.').find((p) => p in FIELD_NAMES) ?? '']
  const said = chineseOf(field.message)
  return `${name && !said.startsWith(name) ? `${name}：` : ''}${said}，请改正后再试`
}

/** A fresh key for a money-like write: its retries carry the same one, so nothing is done twice. */
export const newIdempotencyKey = () =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

type Maybe<K extends string, T> = T extends undefined
  ? { [P in K]?: undefined }
  : Partial<T> extends T
    ? { [P in K]?: T }
    : { [P in K]: T }
type Filled<R extends Routes[RouteName]> = keyof PathParams<R> extends never
  ? { params?: undefined }
  : { params: PathParams<R> }

/** What a route takes from its caller, read off the contract: path, query and body. */
export type CallInput<N extends RouteName> = Filled<Routes[N]> &
  Maybe<'query', QueryInput<Routes[N]>> &
  Maybe<'body', BodyInput<Routes[N]>>

interface CallOptions {
  /** A money-like write's key: every retry carries it, so the server does it once. */
  idempotencyKey?: string
  /** How long an answer may take: a roster import works for up to half a minute. */
  timeoutMs?: number
  retries?: number
  backoffMs?: number
}

function queryString(query: object | undefined) {
  const pairs = Object.entries(query ?? {}).filter(
    (p): p is [string, string | number | boolean] => p[1] !== undefined,
  )
  return pairs.length
    ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`
    : ''
}

/** Calls a route of the contract by name; the answer is checked against its success schema. */
export function call<N extends RouteName>(
  name: N,
  ...[input, opts]: Partial<CallInput<N>> extends CallInput<N>
    ? [input?: CallInput<N>, opts?: CallOptions]
    : [input: CallInput<N>, opts?: CallOptions]
): Promise<AnswerOf<Routes[N]>> {
  const route = routes[name]
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, string>
    query?: object
    body?: unknown
  }
  return request(
    route.method,
    pathOf(route.path, params ?? {}) + queryString(query),
    route.answer as unknown as z.ZodType<AnswerOf<Routes[N]>>,
    { ...opts, body },
  )
}

/**
 * Calls the API and checks the answer against its schema. When the connection drops (a
 * courtyard with poor signal) a read is sent again, and so is a money-like write, with the
 * same Idempotency-Key: the server answers the first result and never charges twice.
 */
export async function request<S extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: S,
  opts: CallOptions & { body?: unknown } = {},
): Promise<z.output<S>> {
  const token = loadSession()?.token
  // A read is safe to send again, and so is a write with its key; any other write is not.
  const attempts = method === 'GET' || opts.idempotencyKey ? (opts.retries ?? 3) + 1 : 1
  for (let attempt = 1; ; attempt++) {
    let response: Awaited<ReturnType<typeof Taro.request>>
    try {
      response = await Taro.request({
        url: `${API_ORIGIN}${path}`,
        method,
        data: opts.body as Taro.request.Option['data'],
        header: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
          ...(opts.idempotencyKey && { 'idempotency-key': opts.idempotencyKey }),
        },
        timeout: opts.timeoutMs ?? 15_000,
      })
    } catch {
      if (attempt >= attempts) throw new OfflineError()
      // A moment's pause lets a weak signal come back: 1 s, then 2 s, then 3 s.
      await new Promise((r) => setTimeout(r, attempt * (opts.backoffMs ?? 1000)))
      continue
    }
    if (response.statusCode >= 200 && response.statusCode < 300) return schema.parse(response.data)
    if (response.statusCode === 401 && token) expireSession()
    const refused = ApiErrorSchema.safeParse(response.data)
    const message = refused.success
      ? refusalMessage(refused.data.error)
      : '服务暂时不可用，请稍后再试'
    throw new ApiError(
      response.statusCode,
      refused.success ? refused.data.error.code : 'UNKNOWN',
      message,
      refused.success ? refused.data.error.details : undefined,
    )
  }
}
