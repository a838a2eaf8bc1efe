import type { RouteName } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { downloadFile } from '../lib/download'
import { useAction } from '../lib/useAction'
import { Button } from './Button'

/** A file to keep (a spreadsheet, a printable): fetched with the session, saved by its own name. */
export function DownloadButton({
  label,
  route,
  input,
  fallbackName,
}: {
  label: string
  route: RouteName
  input: Parameters<typeof downloadFile>[1]
  /** The name it is saved under if the server's own cannot be read. */
  fallbackName: string
}) {
  const action = useAction()
  return (
    <View>
      <Button
        className="button button--plain"
        loading={action.busy}
        onClick={() => action.run(() => downloadFile(route, input, fallbackName))}
      >
        {label}
      </Button>
      {action.error && <Text className="error">{action.error}</Text>}
    </View>
  )
}
