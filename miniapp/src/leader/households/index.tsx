import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { myHouseholds } from '../../lib/leader'
import { useLoad } from '../../lib/useLoad'

/** The households a leader looks after, by group; a tap records points for one. */
export default function Households() {
  const list = useLoad(myHouseholds, [])
  return (
    <Screen>
      <Text className="title">我的农户</Text>
      <Loadable load={list} empty="您负责的小组还没有农户，请联系村信息管理员录入">
        {(households) => (
          <View className="card" data-testid="households">
            {households.map((h) => (
              <View
                className="row"
                key={h.id}
                onClick={() =>
                  Taro.navigateTo({
                    url: `/leader/entry/index?householdId=${h.id}&headName=${encodeURIComponent(h.headName)}`,
                  })
                }
              >
                <View>
                  <Text>{h.headName}</Text>
                  <Text className="hint">
                    {h.gridName} · {h.groupName}
                  </Text>
                </View>
                <Text className="plus">记分 ›</Text>
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
