import { createHash } from 'node:crypto'
import { DomainError } from '../lib/errors'

/** WeChat's login service (the port): a wx.login code → the user's openid. */
export interface WeChatPort {
  code2Session(code: string): Promise<{ openid: string }>
}

const codeInvalid = () =>
  new DomainError(
    400,
    'CODE_INVALID',
    '微信登录凭证无效，请重新打开小程序',
    'the WeChat login code is not valid: reopen the mini-program',
  )
const unavailable = () =>
  new DomainError(
    503,
    'UNAVAILABLE',
    '微信服务暂时不可用，请稍后再试',
    'WeChat is unavailable: try again shortly',
  )

/**
 * The real adapter: `auth.code2Session` over HTTPS. `session_key` comes back from WeChat
 * and is dropped here: it never leaves this function, and is never stored or logged.
 */
export function wechatApi(opts: {
  appId: string
  secret: string
  baseUrl: string
  fetch?: typeof fetch
}): WeChatPort {
  const fetchFn = opts.fetch ?? fetch
  return {
    async code2Session(code) {
      const url = new URL('/sns/jscode2session', opts.baseUrl)
      url.search = new URLSearchParams({
        appid: opts.appId,
        secret: opts.secret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString()
      const response = await fetchFn(url, { signal: AbortSignal.timeout(5000) }).catch(() => {
        throw unavailable()
      })
      if (!response.ok) throw unavailable()
      const body = (await response.json().catch(() => ({}))) as {
        openid?: string
        errcode?: number
      }
      if (body.errcode === 40029 || body.errcode === 40163) throw codeInvalid()
      if (body.errcode === 45011)
        throw new DomainError(
          429,
          'RATE_LIMITED',
          '登录太频繁，请稍后再试',
          'too many sign-ins: try again shortly',
        )
      if (body.errcode || !body.openid) throw unavailable()
      return { openid: body.openid }
    },
  }
}

/** The local stand-in, used only where WeChat cannot be reached (local and test stages). */
export const localWeChat: WeChatPort = {
  async code2Session(code) {
    return { openid: `local-${createHash('sha256').update(code).digest('hex').slice(0, 24)}` }
  },
}
