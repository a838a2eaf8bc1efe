import Taro from '@tarojs/taro'
import { loadSession } from '../api/client'

/**
 * A form kept on the phone until it is sent, so that a leader who lost the signal in a
 * courtyard can close the app and send it later from where the signal is. Drafts belong to
 * the person signed in: a shared phone never shows one person's draft to another.
 */
const storageKey = (name: string) => `jifenbao.draft.${loadSession()?.user.id ?? ''}.${name}`

export const loadDraft = <T>(name: string): T | null =>
  (Taro.getStorageSync(storageKey(name)) as T | '') || null

export const saveDraft = (name: string, draft: unknown) =>
  Taro.setStorageSync(storageKey(name), draft)

export const dropDraft = (name: string) => Taro.removeStorageSync(storageKey(name))
