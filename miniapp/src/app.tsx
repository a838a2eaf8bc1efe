import { useEffect, type PropsWithChildren } from 'react'
import { nameTitleBarButtons } from './lib/titleBar'
import './app.css'

export default function App({ children }: PropsWithChildren) {
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') nameTitleBarButtons(document)
  }, [])
  return children
}
