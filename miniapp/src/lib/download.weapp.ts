import type { RouteName } from '@jifenbao/shared'
import Taro from '@tarojs/taro'
import { routeUrl, loadSession } from '../api/client'

/** In WeChat: the file is downloaded with the session's token and opened for saving or sending. */
export async function downloadFile(
  route: RouteName,
  input: Parameters<typeof routeUrl>[1],
  _fallbackName: string,
): Promise<void> {
  const token = loadSession()?.token
  const { tempFilePath, statusCode } = await Taro.downloadFile({
    url: routeUrl(route, input),
    header: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (statusCode !== 200) throw new Error('下载失败，请稍后再试')
  await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
}
