import { Text } from '@tarojs/components'
import { Button } from './Button'
import type { usePages } from '../lib/usePages'

/** Below a paged list (newest first): the button for older entries while there are some. */
export function MorePages({
  pages: { cursor, older, loadMore },
}: {
  pages: Pick<ReturnType<typeof usePages>, 'cursor' | 'older' | 'loadMore'>
}) {
  return (
    <>
      {older.error && <Text className="error">{older.error}</Text>}
      {cursor && (
        <Button className="button button--plain" loading={older.busy} onClick={loadMore}>
          查看更早的
        </Button>
      )}
    </>
  )
}
