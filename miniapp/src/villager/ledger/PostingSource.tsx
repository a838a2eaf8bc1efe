import { Text, View } from '@tarojs/components'
import { entries, villageMonth } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Points } from '../../components/Points'
import { named } from '../../lib/entries'
import { useLoad } from '../../lib/useLoad'
import { myHousehold } from '../../lib/villager'

/**
 * Where a month's beans came from (一户一档): the entries approved for the household that
 * month, its published score, and the town's beans a point that made the amount.
 */
export function PostingSource({ month, amount }: { month: string; amount: number }) {
  const source = useLoad(async () => {
    const { householdId, villageId } = await myHousehold()
    const [view, approved] = await Promise.all([
      villageMonth(villageId, month),
      entries({ householdId, month, status: 'approved' }),
    ])
    const score = view.households.find((h) => h.householdId === householdId)?.score ?? 0
    return { score, beansPerPoint: view.beansPerPoint, items: await named(approved.items) }
  }, [month])
  return (
    <View className="posting-source" data-testid="posting-source">
      <Loadable load={source} empty="" isEmpty={() => false}>
        {({ score, beansPerPoint, items }) => (
          <View>
            {items.map((e) => (
              <View className="row" key={e.id}>
                <View>
                  <Text>{e.indicatorName}</Text>
                  <Text className="hint">{e.occurredOn}</Text>
                </View>
                <Points value={e.points} unit=" 分" />
              </View>
            ))}
            <Text className="muted">
              {month} 共 {score} 分，每分 {beansPerPoint ?? '—'} 豆，共 {amount} 豆
            </Text>
          </View>
        )}
      </Loadable>
    </View>
  )
}
