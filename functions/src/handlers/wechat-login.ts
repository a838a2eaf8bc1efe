import { localWeChat, wechatApi } from '../adapters/wechat'
import { routes } from '../contract'
import { bindWithCode, boundPerson } from '../data/bindings'
import { env, isLocalStage } from '../lib/env'
import { DomainError } from '../lib/errors'
import { http } from '../lib/http'
import { session } from '../lib/session'

const { wechatAppId, wechatSecret, wechatApiBase } = env()
/** Locally, without WeChat credentials, the stand-in answers; everywhere else WeChat does. */
const wechat =
  isLocalStage() && !wechatAppId
    ? localWeChat
    : wechatApi({ appId: wechatAppId, secret: wechatSecret, baseUrl: wechatApiBase })

export const handler = http(routes.wechatLogin, async ({ body, now, requestId }) => {
  const { openid } = await wechat.code2Session(body.code)
  const bound =
    (await boundPerson(openid)) ??
    (body.bindCode ? await bindWithCode(openid, body.bindCode, now, requestId) : undefined)
  if (!bound)
    throw new DomainError(
      403,
      'NOT_BOUND',
      '请输入信息管理员给您的绑定码',
      'enter the bind code from your information administrator',
    )
  return session(bound.personId, bound.townId, now)
})
