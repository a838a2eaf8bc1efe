import { Text } from '@tarojs/components'
import { RankingsBoard } from '../../components/RankingsBoard'
import { Screen } from '../../components/Screen'

/** The town admin's quarter rankings. */
export default function Rankings() {
  return (
    <Screen>
      <Text className="title">季度评比</Text>
      <RankingsBoard />
    </Screen>
  )
}
