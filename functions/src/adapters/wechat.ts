import { createHash } from 'node:crypto'
import { Refused } from '../lib/ground/refusals'

/** WeChat's login service (the port): a wx.login code → the user's openid. */
export interface WeChatPort {
  code2Session(code: string): Promise<{ openid: string }>
}

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
        throw Refused.wechatUnavailable()
      })
      if (!response.ok) throw Refused.wechatUnavailable()
      const body = (await response.json().catch(() => ({}))) as {
        openid?: string
        errcode?: number
      }
      if (body.errcode === 40029 || body.errcode === 40163) throw Refused.wechatCodeInvalid()
      if (body.errcode === 45011) throw Refused.wechatRateLimited()
      if (body.errcode || !body.openid) throw Refused.wechatUnavailable()
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
