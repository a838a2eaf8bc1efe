import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useCareMode } from '../lib/care'
import './screen.css'

/** Every page's frame: the care-mode type size is applied here, once. */
export function Screen({ children, className }: PropsWithChildren<{ className?: string }>) {
  const [care] = useCareMode()
  return (
    <View className={`screen ${care ? 'screen--care' : ''} ${className ?? ''}`}>{children}</View>
  )
}
