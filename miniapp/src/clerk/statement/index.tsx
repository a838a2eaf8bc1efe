import { Text } from '@tarojs/components'
import { Screen } from '../../components/Screen'
import { savedUnit } from '../../lib/roles'
import { ShopStatement } from '../../office/sections/ShopStatement'
import '../../office/office.css'

/** The clerk's own shop's statement over a period, the same the town reimburses by. */
export default function Statement() {
  return (
    <Screen>
      <Text className="title">对账单</Text>
      <ShopStatement shopId={savedUnit()?.scopeId ?? ''} />
    </Screen>
  )
}
