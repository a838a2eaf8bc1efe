import { useEffect, type PropsWithChildren } from 'react'
import { API_ORIGIN, preconnect } from './lib/api-origin'
import { nameTitleBarButtons } from './lib/titleBar'
import { watchUnopenedPages } from './lib/unopened'
import './app.css'

if (process.env.TARO_ENV === 'h5') preconnect(document, API_ORIGIN)

export default function App({ children }: PropsWithChildren) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    nameTitleBarButtons(document)
    watchUnopenedPages(window)
  }, [])
  return children
}
