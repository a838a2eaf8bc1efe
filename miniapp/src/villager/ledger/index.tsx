import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ledger } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { shanghaiTime } from '../../lib/format'
import { useLoad } from '../../lib/useLoad'
import { myHousehold } from '../../lib/villager'

const KINDS = {
  monthly: '月度积分',
  award: '季度奖励',
  redemption: '超市兑换',
  void: '兑换撤销退回',
  adjustment: '镇里调整',
} as const

type Page = Awaited<ReturnType<typeof ledger>>

/** Every bean in and out, newest first, a page at a time. */
export default function Ledger() {
  const mine = myHousehold()
  const [more, setMore] = useState<Page['items']>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState('')
  const first = useLoad(async () => {
    const page = await (mine ? ledger(mine.householdId) : Promise.reject(new Error('请先登录')))
    setMore([])
    setCursor(page.cursor)
    return page
  }, [])

  async function loadMore() {
    setLoadingMore(true)
    setError('')
    try {
      const page = await ledger(mine!.householdId, cursor!)
      setMore((items) => [...items, ...page.items])
      setCursor(page.cursor)
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <Screen>
      <Text className="title">山药豆明细</Text>
      <Loadable
        load={first}
        empty="还没有山药豆进出。月度积分公示期满后会自动到账"
        isEmpty={(p) => p.items.length === 0}
      >
        {(page) => (
          <View>
            <View className="card">
              <Text className="muted">现有山药豆</Text>
              <Text className="big">{page.balance}</Text>
            </View>
            <View className="card" data-testid="ledger">
              {[...page.items, ...more].map((item) => (
                <View className="row" key={item.id}>
                  <View>
                    <Text>{KINDS[item.kind]}</Text>
                    <Text className="hint">{shanghaiTime(item.at)}</Text>
                  </View>
                  <View>
                    <Text className={item.amount >= 0 ? 'plus' : 'minus'}>
                      {item.amount >= 0 ? `+${item.amount}` : item.amount}
                    </Text>
                    <Text className="hint">余 {item.balanceAfter}</Text>
                  </View>
                </View>
              ))}
            </View>
            {error && <Text className="error">{error}</Text>}
            {cursor && (
              <Button className="button button--plain" loading={loadingMore} onClick={loadMore}>
                查看更早的
              </Button>
            )}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
