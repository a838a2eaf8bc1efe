import { Text } from '@tarojs/components'
import { MonthBoard } from '../../components/MonthBoard'
import { Screen } from '../../components/Screen'
import { myVillageId } from '../../lib/leader'
import { mayPublish, savedUnit } from '../../lib/roles'

/** The review board's month of its village. */
export default function Month() {
  return (
    <Screen>
      <Text className="title">本月公示</Text>
      <MonthBoard villageId={myVillageId()} publisher={mayPublish(savedUnit()?.role)} />
    </Screen>
  )
}
