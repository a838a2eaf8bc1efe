import { ApiErrorSchema, type RouteName } from '@jifenbao/shared'
import { routeUrl, loadSession, refusalMessage } from '../api/client'

/** The name a file route gives its file (`filename*=UTF-8''…`), if the browser may read it. */
const nameOf = (disposition: string | null) => {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1]
  return encoded ? decodeURIComponent(encoded) : undefined
}

/** In the browser: the file comes with the session's token and is saved under its own name. */
export async function downloadFile(
  route: RouteName,
  input: Parameters<typeof routeUrl>[1],
  fallbackName: string,
): Promise<void> {
  const token = loadSession()?.token
  const response = await fetch(routeUrl(route, input), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (!response.ok) {
    const refused = ApiErrorSchema.safeParse(await response.json().catch(() => null))
    throw new Error(refused.success ? refusalMessage(refused.data.error) : '下载失败，请稍后再试')
  }
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = nameOf(response.headers.get('content-disposition')) ?? fallbackName
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
}
