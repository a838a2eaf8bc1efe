import { Text } from '@tarojs/components'
import type { Write } from './useWrite'

/** What came of the last write: done (green), or the server's reason and what to do. */
export function Outcome({ write }: { write: Write }) {
  if (write.error)
    return (
      <Text className="error" {...{ role: 'alert' }}>
        {write.error}
      </Text>
    )
  if (write.done)
    return (
      <Text className="office-done" {...{ role: 'status' }}>
        {write.done}
      </Text>
    )
  return null
}
