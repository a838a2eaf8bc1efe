import { Text } from '@tarojs/components'
import { indicators } from '../../api/routes'
import { IndicatorList } from '../../components/IndicatorList'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { useLoad } from '../../lib/useLoad'

/** The town's catalogue, for villagers to read: how points are earned and lost. */
export default function Catalogue() {
  const list = useLoad(async () => (await indicators()).items.filter((i) => i.active), [])
  return (
    <Screen>
      <Text className="title">积分细则</Text>
      <Loadable load={list} empty="镇里还没有公布积分细则">
        {(items) => <IndicatorList items={items} />}
      </Loadable>
    </Screen>
  )
}
