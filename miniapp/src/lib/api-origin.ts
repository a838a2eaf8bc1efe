/** Where the API is (its origin): set at build time (`TARO_APP_API_URL` in .env.*). */
export const API_ORIGIN = process.env.TARO_APP_API_URL ?? 'http://127.0.0.1:3000'

/**
 * In the browser the API is another origin: its connection is opened while the first page's
 * code still loads, not when the page first asks for something. The requests carry no
 * cookies, so neither does the connection made for them (`crossorigin`).
 */
export function preconnect(doc: Document, origin: string) {
  const link = doc.createElement('link')
  link.rel = 'preconnect'
  link.href = origin
  link.crossOrigin = 'anonymous'
  doc.head.appendChild(link)
}
