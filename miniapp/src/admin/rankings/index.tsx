import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { useState } from 'react'
import { giveAwards, rankings, villages } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { recentQuarters } from '../../lib/month'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

const MEDALS = { gold: '🥇 金牌', silver: '🥈 银牌', bronze: '🥉 铜牌' } as const
const LEVELS = ['grid', 'group'] as const
const LEVEL_NAMES = { grid: '微网格', group: '联户小组' } as const

/** The quarter's ranking of grids or groups with their medals, and the button that awards them. */
export default function Rankings() {
  const quarters = recentQuarters(new Date())
  const [quarter, setQuarter] = useState(quarters[1]!)
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('grid')
  const [notice, setNotice] = useState('')
  const ranked = useLoad(async () => {
    const [r, v] = await Promise.all([rankings(quarter, level), villages()])
    const villageNames = new Map(v.items.map((x) => [x.id, x.name]))
    return {
      ...r,
      items: r.items.map((u) => ({ ...u, villageName: villageNames.get(u.villageId) })),
    }
  }, [quarter, level])

  const action = useAction()
  const award = () =>
    action.run(async () => {
      const result = await giveAwards(quarter)
      setNotice(`已发放：${result.grids.length} 个微网格、${result.groups.length} 个联户小组获奖`)
      ranked.reload()
    })

  return (
    <Screen>
      <Text className="title">季度评比</Text>
      <Chips options={quarters} value={quarter} onChange={setQuarter} />
      <Chips options={LEVELS} value={level} onChange={setLevel} label={(l) => LEVEL_NAMES[l]} />
      {notice && <Text className="notice">{notice}</Text>}
      {action.error && <Text className="error">{action.error}</Text>}
      <Loadable load={ranked} empty="这个季度还没有排名" isEmpty={(r) => r.items.length === 0}>
        {(r) => (
          <View>
            {!r.complete && <Text className="hint">本季度还有月份没有确认，排名可能还会变</Text>}
            <View className="card" data-testid="rankings">
              {r.items.map((u) => (
                <View className="row" key={u.id}>
                  <Text>
                    第 {u.rank} 名 {u.villageName} {u.name}
                  </Text>
                  <Text>
                    {u.total} 分 {u.tier ? MEDALS[u.tier] : ''}
                    {u.award ? ` · 奖 ${u.award} 豆` : ''}
                  </Text>
                </View>
              ))}
            </View>
            <Button
              className="button"
              disabled={r.complete === false}
              loading={action.busy}
              onClick={award}
            >
              发放本季度奖励
            </Button>
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
