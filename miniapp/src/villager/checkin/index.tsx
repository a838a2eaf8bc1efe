import { shanghaiTime } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Screen } from '../../components/Screen'
import { activityOfCode } from '../../lib/activities'
import { scanQrCode } from '../../lib/scan'
import { useAction } from '../../lib/useAction'

/**
 * A villager checks the household in at a village activity: scan the code on the
 * organiser's phone (WeChat's scanner; in the browser, a picture of it), and the household
 * is checked in once. What went wrong is said with what to do.
 */
export default function CheckIn() {
  const action = useAction()
  const [done, setDone] = useState('')
  const scan = () =>
    action.run(async () => {
      setDone('')
      const code = await scanQrCode()
      const activityId = code && activityOfCode(code)
      if (!activityId) throw new Error('没有认出签到码：请对准组织者手机上的二维码再扫一次')
      const { at } = await call('checkIn', { params: { id: activityId }, body: { code } })
      setDone(`您家已签到（${shanghaiTime(at)}），活动结束后村里会给您家记分`)
    })
  return (
    <Screen>
      <Text className="title">活动签到</Text>
      <View className="card">
        <Text className="hint">请组织者打开手机上的签到码，然后点下面的按钮扫一扫。</Text>
        <Button loading={action.busy} onClick={() => void scan()}>
          扫签到码
        </Button>
        {done && (
          <Text className="notice" {...{ role: 'status' }}>
            {done}
          </Text>
        )}
        {action.error && (
          <Text className="error" {...{ role: 'alert' }}>
            {action.error}
          </Text>
        )}
      </View>
    </Screen>
  )
}
