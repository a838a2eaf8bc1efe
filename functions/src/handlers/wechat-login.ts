import { localWeChat, wechatApi } from '../adapters/wechat'
import { authRoutes } from '@jifenbao/shared'
import { bindWithCode, boundPerson } from '../data/bindings'
import { env, isLocalStage } from '../lib/ground/env'
import { Refused } from '../lib/ground/refusals'
import { http } from '../lib/edge/http'
import { session } from '../lib/edge/session'

const { wechatAppId, wechatSecret, wechatApiBase } = env()
/** Locally, without WeChat credentials, the stand-in answers; everywhere else WeChat does. */
const wechat =
  isLocalStage() && !wechatAppId
    ? localWeChat
    : wechatApi({ appId: wechatAppId, secret: wechatSecret, baseUrl: wechatApiBase })

export const handler = http(authRoutes.wechatLogin, async ({ body, now, requestId }) => {
  const { openid } = await wechat.code2Session(body.code)
  const bound =
    (await boundPerson(openid)) ??
    (body.bindCode ? await bindWithCode(openid, body.bindCode, now, requestId) : undefined)
  if (!bound) throw Refused.notBound()
  return session(bound.personId, bound.townId, now)
})
