import { ApiErrorSchema, type RouteName } from '@jifenbao/shared'
import { routeUrl, loadSession, refusalMessage } from '../api/client'

/** In the browser: the file comes with the session's token and is saved under its own name. */
export async function downloadFile(route: RouteName, fileName: string): Promise<void> {
  const token = loadSession()?.token
  const response = await fetch(routeUrl(route), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (!response.ok) {
    const refused = ApiErrorSchema.safeParse(await response.json().catch(() => null))
    throw new Error(refused.success ? refusalMessage(refused.data.error) : '下载失败，请稍后再试')
  }
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
}
