import { monthOf } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { honours, rankings } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { recentQuarters } from '../../lib/month'
import { useLoad } from '../../lib/useLoad'
import { myHousehold, myHouseholdId } from '../../lib/villager'

const MEDALS = ['🥇', '🥈', '🥉']
const TIER_MEDALS = { gold: '🥇', silver: '🥈', bronze: '🥉' } as const

/** The year's honour roll of the village (美德家庭), best first. */
export default function Honours() {
  const year = monthOf(new Date()).slice(0, 4)
  const quarter = recentQuarters(new Date())[1]!
  const list = useLoad(async () => {
    const { villageId } = await myHousehold()
    return (await honours(year, villageId)).items
  }, [])
  const medals = useLoad(async () => {
    const [{ villageId }, { items }] = await Promise.all([myHousehold(), rankings(quarter, 'grid')])
    return items.filter((g) => g.villageId === villageId && g.tier)
  }, [])
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
                  {h.householdId === myHouseholdId() && '（我家）'}
                </Text>
                <Text className="plus">{h.earned} 豆</Text>
              </View>
            ))}
          </View>
        )}
      </Loadable>
      <Text className="title">{quarter} 微网格奖牌</Text>
      <Loadable load={medals} empty="上个季度本村还没有网格获得奖牌">
        {(grids) => (
          <View className="card">
            {grids.map((g) => (
              <View className="row" key={g.id}>
                <Text>
                  {TIER_MEDALS[g.tier!]} {g.name}
                </Text>
                <Text>第 {g.rank} 名</Text>
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
