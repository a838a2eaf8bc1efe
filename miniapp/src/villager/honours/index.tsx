import { Text, View } from '@tarojs/components'
import { honours } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { useLoad } from '../../lib/useLoad'
import { myHousehold } from '../../lib/villager'

const MEDALS = ['🥇', '🥈', '🥉']

/** The year's honour roll of the village (美德家庭), best first. */
export default function Honours() {
  const mine = myHousehold()
  const year = String(new Date().getFullYear())
  const list = useLoad(
    async () =>
      mine ? (await honours(year, mine.villageId)).items : Promise.reject(new Error('请先登录')),
    [],
  )
  return (
    <Screen>
      <Text className="title">{year} 年荣誉榜</Text>
      <Loadable load={list} empty="今年还没有评出荣誉户，年底公布">
        {(items) => (
          <View className="card">
            {items.map((h) => (
              <View className="row" key={h.householdId}>
                <Text>
                  {MEDALS[h.rank - 1] ?? `第 ${h.rank} 名`} {h.headName}
                  {h.householdId === mine?.householdId && '（我家）'}
                </Text>
                <Text className="plus">{h.earned} 豆</Text>
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
