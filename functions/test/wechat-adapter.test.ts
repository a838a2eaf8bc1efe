import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { wechatApi } from '../src/adapters/wechat'

/** A local fake of WeChat's `jscode2session`, answering by the code it is sent. */
describe('the WeChat adapter against a fake WeChat server', () => {
  let server: Server
  let baseUrl: string
  const seen: URLSearchParams[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x')
      seen.push(url.searchParams)
      const code = url.searchParams.get('js_code')
      const body =
        url.pathname !== '/sns/jscode2session'
          ? { errcode: 404 }
          : code === 'good'
            ? { openid: 'o-123', session_key: 'SECRET-SESSION-KEY', unionid: 'u-1' }
            : code === 'used'
              ? { errcode: 40163, errmsg: 'code been used' }
              : code === 'busy'
                ? { errcode: 45011, errmsg: 'api minute-quota reach limit' }
                : { errcode: 40029, errmsg: 'invalid code' }
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(body))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  const adapter = () => wechatApi({ appId: 'wx-app', secret: 'app-secret', baseUrl })

  it('returns the openid and drops the session key', async () => {
    const result = await adapter().code2Session('good')

    expect(result).toEqual({ openid: 'o-123' })
    expect(seen.at(-1)!.get('appid')).toBe('wx-app')
    expect(seen.at(-1)!.get('grant_type')).toBe('authorization_code')
  })

  it.each([
    ['bad', 400, 'CODE_INVALID'],
    ['used', 400, 'CODE_INVALID'],
    ['busy', 429, 'RATE_LIMITED'],
  ])('maps code %p to %p %p', async (code, status, errorCode) => {
    await expect(adapter().code2Session(code)).rejects.toMatchObject({ status, code: errorCode })
  })

  it('reports WeChat unreachable as 503, not a crash', async () => {
    const down = wechatApi({ appId: 'a', secret: 's', baseUrl: 'http://127.0.0.1:9' })

    await expect(down.code2Session('good')).rejects.toMatchObject({
      status: 503,
      code: 'UNAVAILABLE',
    })
  })
})
