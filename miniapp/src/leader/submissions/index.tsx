import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { loadSession } from '../../api/client'
import { entries } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { Points } from '../../components/Points'
import { Screen } from '../../components/Screen'
import { named, STATUS_NAMES } from '../../lib/entries'
import { myVillageId } from '../../lib/leader'
import { recentMonths } from '../../lib/month'
import { useLoad } from '../../lib/useLoad'

/** What I submitted this month (or an earlier one), and what the village made of it. */
export default function Submissions() {
  const months = recentMonths(new Date())
  const [month, setMonth] = useState(months[0]!)
  const me = loadSession()?.user.id
  const list = useLoad(async () => {
    const page = await entries({ villageId: myVillageId(), month })
    return named(page.items.filter((e) => e.submittedBy === me))
  }, [month])
  return (
    <Screen>
      <Text className="title">我提交的</Text>
      <Chips options={months} value={month} onChange={setMonth} />
      <Loadable load={list} empty="这个月您还没有提交记分">
        {(items) => (
          <View className="card" data-testid="submissions">
            {items.map((e) => (
              <View className="row" key={e.id}>
                <View>
                  <Text>
                    {e.headName} · {e.indicatorName}
                  </Text>
                  <Text className="hint">
                    {e.occurredOn}
                    {e.status === 'rejected' && e.reviewNote ? ` · 退回原因：${e.reviewNote}` : ''}
                  </Text>
                </View>
                <View>
                  <Points value={e.points} />
                  <Text className="hint">{STATUS_NAMES[e.status]}</Text>
                </View>
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
