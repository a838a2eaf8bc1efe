import { Text } from '@tarojs/components'
import { ReviewQueue } from '../../components/ReviewQueue'
import { Screen } from '../../components/Screen'
import { myVillageId } from '../../lib/leader'
import { mayApprove, savedUnit } from '../../lib/roles'

/** The village's entries waiting for review. */
export default function Queue() {
  return (
    <Screen>
      <Text className="title">待审核</Text>
      <ReviewQueue villageId={myVillageId()} approver={mayApprove(savedUnit()?.role)} />
    </Screen>
  )
}
