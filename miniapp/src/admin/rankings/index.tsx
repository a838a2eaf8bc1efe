import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { giveAwards, rankings } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { recentQuarters } from '../../lib/month'
import { useLoad } from '../../lib/useLoad'

const MEDALS = { gold: '🥇 金牌', silver: '🥈 银牌', bronze: '🥉 铜牌' } as const
const LEVELS = { grid: '微网格', group: '联户小组' } as const

/** The quarter's ranking of grids or groups with their medals, and the button that awards them. */
export default function Rankings() {
  const quarters = recentQuarters(new Date())
  const [quarter, setQuarter] = useState(quarters[1]!)
  const [level, setLevel] = useState<keyof typeof LEVELS>('grid')
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const ranked = useLoad(() => rankings(quarter, level), [quarter, level])

  async function award() {
    setError('')
    try {
      const result = await giveAwards(quarter)
      setNotice(`已发放：${result.grids.length} 个微网格、${result.groups.length} 个联户小组获奖`)
      ranked.reload()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <Screen>
      <Text className="title">季度评比</Text>
      <View>
        {quarters.map((q) => (
          <Text
            key={q}
            className={`chip ${q === quarter ? 'chip--on' : ''}`}
            onClick={() => setQuarter(q)}
          >
            {q}
          </Text>
        ))}
        {(Object.keys(LEVELS) as (keyof typeof LEVELS)[]).map((l) => (
          <Text
            key={l}
            className={`chip ${l === level ? 'chip--on' : ''}`}
            onClick={() => setLevel(l)}
          >
            {LEVELS[l]}
          </Text>
        ))}
      </View>
      {notice && <Text className="notice">{notice}</Text>}
      {error && <Text className="error">{error}</Text>}
      <Loadable load={ranked} empty="这个季度还没有排名" isEmpty={(r) => r.items.length === 0}>
        {(r) => (
          <View>
            {!r.complete && <Text className="hint">本季度还有月份没有确认，排名可能还会变</Text>}
            <View className="card" data-testid="rankings">
              {r.items.map((u) => (
                <View className="row" key={u.id}>
                  <Text>
                    第 {u.rank} 名 {u.name}
                  </Text>
                  <Text>
                    {u.total} 分 {u.tier ? MEDALS[u.tier] : ''}
                    {u.award ? ` · 奖 ${u.award} 豆` : ''}
                  </Text>
                </View>
              ))}
            </View>
            <Button className="button" disabled={r.complete === false} onClick={award}>
              发放本季度奖励
            </Button>
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
