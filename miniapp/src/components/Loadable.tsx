import { Text, View } from '@tarojs/components'
import { Button } from './Button'
import type { ReactNode } from 'react'
import type { Load } from '../lib/useLoad'

/**
 * What a list shows while it loads, when it failed (what happened and a button to try
 * again), when it is empty (and what to do about it), and otherwise the list itself.
 */
export function Loadable<T>({
  load,
  empty,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  children,
}: {
  load: Load<T> & { reload: () => void }
  empty: string
  isEmpty?: (data: T) => boolean
  children: (data: T) => ReactNode
}) {
  if (load.state === 'loading')
    return (
      <View className="state state--loading">
        <Text>正在加载…</Text>
      </View>
    )
  if (load.state === 'failed')
    return (
      <View className="state state--failed">
        <Text>{load.message}</Text>
        <Button className="button button--plain" onClick={load.reload}>
          重新加载
        </Button>
      </View>
    )
  if (isEmpty(load.data))
    return (
      <View className="state state--empty">
        <Text>{empty}</Text>
      </View>
    )
  return <>{children(load.data)}</>
}
