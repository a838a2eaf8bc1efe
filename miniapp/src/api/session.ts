import Taro from '@tarojs/taro'
import { call, newIdempotencyKey, saveSession } from './client'

/** Local stage: sign in as a person on the roster by phone. */
export async function devLogin(phone: string) {
  const session = await call('devLogin', { body: { phone } })
  saveSession(session)
  return session
}

/** WeChat: `wx.login`'s code, and the bind code from the info admin the first time. */
export async function wechatLogin(bindCode?: string) {
  const { code } = await Taro.login()
  const session = await call('wechatLogin', { body: { code, ...(bindCode && { bindCode }) } })
  saveSession(session)
  return session
}

export const household = (householdId: string) => call('getHousehold', { params: { householdId } })

export const payCode = (householdId: string) =>
  call('issuePayCode', { params: { householdId } }, { idempotencyKey: newIdempotencyKey() })
