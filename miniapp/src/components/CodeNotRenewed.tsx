import { Text, View } from '@tarojs/components'
import { Button } from './Button'

/** What a code's screen says when the code could not be renewed, and the button to ask again. */
export function CodeNotRenewed({
  what,
  code,
}: {
  /** The code's name: 付款码, 签到码. */
  what: string
  code: { error: string; renew: () => Promise<void> }
}) {
  if (!code.error) return null
  return (
    <View>
      <Text className="error">
        {what}没有刷新：{code.error}
      </Text>
      <Button className="button button--plain" onClick={() => void code.renew()}>
        重新生成{what}
      </Button>
    </View>
  )
}
