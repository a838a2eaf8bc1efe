import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ledger } from '../../api/routes'
import { DownloadButton } from '../../components/DownloadButton'
import { Loadable } from '../../components/Loadable'
import { MorePages } from '../../components/MorePages'
import { Points } from '../../components/Points'
import { Screen } from '../../components/Screen'
import { Tappable } from '../../components/Tappable'
import { PostingSource } from './PostingSource'
import { POSTING_KIND_NAMES, postingDetail, shanghaiTime } from '@jifenbao/shared'
import { noPages, usePages } from '../../lib/usePages'
import { myHouseholdId, NO_HOUSEHOLD } from '../../lib/villager'

/** A posting's detail on its line: （the month or the quarter）, or ：the town's reason. */
const detailOf = (source: Record<string, unknown>) => {
  const detail = postingDetail(source)
  return !detail ? '' : source.reason ? `：${detail}` : `（${detail}）`
}

/** Every bean in and out, newest first, a page at a time; a month's posting opens to its entries. */
export default function Ledger() {
  const householdId = myHouseholdId()
  const [opened, setOpened] = useState('')
  const pages = usePages((cursor) => {
    if (!householdId) throw new Error(NO_HOUSEHOLD)
    return ledger(householdId, cursor)
  }, [])

  return (
    <Screen>
      <Text className="title">山药豆明细</Text>
      <Loadable
        load={pages.first}
        empty="还没有山药豆进出。月度积分公示期满后会自动到账"
        isEmpty={noPages}
      >
        {(page) => (
          <View>
            <View className="card">
              <Text className="muted">现有山药豆</Text>
              <Text className="big">{page.balance}</Text>
              <DownloadButton
                label="导出明细（Excel）"
                route="exportLedger"
                input={{ query: { householdId: householdId! } }}
                fallbackName="山药豆明细.xlsx"
              />
            </View>
            <View className="card" data-testid="ledger">
              {[...page.items, ...pages.more].map((item) => {
                const line = (
                  <>
                    <View>
                      <Text>
                        {POSTING_KIND_NAMES[item.kind]}
                        {detailOf(item.source)}
                        {item.kind === 'monthly' && ' ›'}
                      </Text>
                      <Text className="hint">{shanghaiTime(item.at)}</Text>
                    </View>
                    <View>
                      <Points value={item.amount} />
                      <Text className="hint">余 {item.balanceAfter}</Text>
                    </View>
                  </>
                )
                const month = item.kind === 'monthly' ? item.source.month : undefined
                return month ? (
                  <View key={item.id}>
                    <Tappable
                      className="row"
                      pressed={opened === item.id}
                      onTap={() => setOpened(opened === item.id ? '' : item.id)}
                    >
                      {line}
                    </Tappable>
                    {opened === item.id && <PostingSource month={month} amount={item.amount} />}
                  </View>
                ) : (
                  <View className="row" key={item.id}>
                    {line}
                  </View>
                )
              })}
            </View>
            <MorePages pages={pages} />
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
