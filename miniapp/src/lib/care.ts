import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

const CARE_KEY = 'jifenbao.care'
const listeners = new Set<() => void>()
const isOn = () => Taro.getStorageSync(CARE_KEY) === true

export function setCareMode(on: boolean) {
  Taro.setStorageSync(CARE_KEY, on)
  listeners.forEach((notify) => notify())
}

const subscribe = (notify: () => void) => {
  listeners.add(notify)
  return () => void listeners.delete(notify)
}

/**
 * 长辈版: larger type, one thing per row, fewer words. The choice is kept on the phone, so
 * it holds on every page on screen, on pages opened later, and the next time the app opens.
 */
export function useCareMode(): [boolean, (on: boolean) => void] {
  return [useSyncExternalStore(subscribe, isOn, isOn), setCareMode]
}
