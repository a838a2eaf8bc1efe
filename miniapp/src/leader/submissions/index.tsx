import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../components/Button'
import { correctRejected } from '../../components/EntryForm'
import { useState } from 'react'
import { loadSession } from '../../api/client'
import { entries } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { MorePages } from '../../components/MorePages'
import { Points } from '../../components/Points'
import { Screen } from '../../components/Screen'
import { named, STATUS_NAMES } from '../../lib/entries'
import { myVillageId } from '../../lib/leader'
import { recentMonths } from '../../lib/month'
import { noPages, usePages } from '../../lib/usePages'

/** What I submitted this month (or an earlier one), and what the village made of it. */
export default function Submissions() {
  const months = recentMonths(new Date())
  const [month, setMonth] = useState(months[0]!)
  const submittedBy = loadSession()?.user.id
  const pages = usePages(
    async (cursor) => {
      const page = await entries({ villageId: myVillageId(), month, submittedBy, cursor })
      return { items: await named(page.items), cursor: page.cursor }
    },
    [month],
  )
  return (
    <Screen>
      <Text className="title">我提交的</Text>
      <Chips options={months} value={month} onChange={setMonth} />
      <Loadable load={pages.first} empty="这个月您还没有提交记分" isEmpty={noPages}>
        {(page) => (
          <View className="card" data-testid="submissions">
            {[...page.items, ...pages.more].map((e) => (
              <View className="row" key={e.id}>
                <View>
                  <Text>
                    {e.headName} · {e.indicatorName}
                  </Text>
                  <Text className="hint">{e.occurredOn}</Text>
                  {e.status === 'rejected' && e.reviewNote && (
                    <Text className="error">退回原因：{e.reviewNote}</Text>
                  )}
                  {e.status === 'rejected' && (
                    <Button
                      className="button button--plain"
                      size="mini"
                      onClick={() => void Taro.navigateTo({ url: correctRejected(e, e.headName) })}
                    >
                      改正后重新提交
                    </Button>
                  )}
                </View>
                <View>
                  <Points value={e.points} />
                  <Text className="hint">{STATUS_NAMES[e.status]}</Text>
                </View>
              </View>
            ))}
            <MorePages pages={pages} />
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
