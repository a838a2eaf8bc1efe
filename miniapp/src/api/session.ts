import Taro from '@tarojs/taro'
import { PayCodeSchema, HouseholdViewSchema, SessionSchema } from '@jifenbao/shared'
import { newIdempotencyKey, request, saveSession } from './client'

/** Local stage: sign in as a person on the roster by phone. */
export async function devLogin(phone: string) {
  const session = await request('POST', '/auth/dev', SessionSchema, { body: { phone } })
  saveSession(session)
  return session
}

/** WeChat: `wx.login`'s code, and the bind code from the info admin the first time. */
export async function wechatLogin(bindCode?: string) {
  const { code } = await Taro.login()
  const session = await request('POST', '/auth/wechat', SessionSchema, {
    body: { code, ...(bindCode && { bindCode }) },
  })
  saveSession(session)
  return session
}

export const household = (id: string) => request('GET', `/households/${id}`, HouseholdViewSchema)

export const payCode = (householdId: string) =>
  request('POST', `/households/${householdId}/pay-code`, PayCodeSchema, {
    idempotencyKey: newIdempotencyKey(),
  })
