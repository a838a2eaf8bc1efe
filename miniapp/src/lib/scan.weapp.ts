import Taro from '@tarojs/taro'

/** In WeChat: the phone's own scanner, camera only (a screenshot of a code is no payment, no presence). */
export async function scanQrCode(): Promise<string | null> {
  const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
  return result || null
}
