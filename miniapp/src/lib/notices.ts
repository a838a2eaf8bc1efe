import Taro from '@tarojs/taro'

const seenKey = (villageId: string) => `jifenbao.notices.seen.${villageId}`

/** When the newest notice of the village this phone has shown was posted ('' for never). */
export const seenUntil = (villageId: string): string =>
  (Taro.getStorageSync(seenKey(villageId)) as string) || ''

/** Remembers that the notices up to `at` have been shown on this phone. */
export const markSeen = (villageId: string, at: string) => {
  if (at > seenUntil(villageId)) Taro.setStorageSync(seenKey(villageId), at)
}
