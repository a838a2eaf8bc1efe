import { useEffect, type PropsWithChildren } from 'react'
import { nameTitleBarButtons } from './lib/titleBar'
import { watchUnopenedPages } from './lib/unopened'
import './app.css'

export default function App({ children }: PropsWithChildren) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    nameTitleBarButtons(document)
    watchUnopenedPages(window)
  }, [])
  return children
}
