import { MEDAL_NAMES, UNIT_LEVEL_NAMES } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { giveAwards, rankings, villages } from '../api/routes'
import { Chips } from './Chips'
import { ConfirmButton } from './ConfirmButton'
import { DownloadButton } from './DownloadButton'
import { Loadable } from './Loadable'
import { recentQuarters } from '../lib/month'
import { useAction } from '../lib/useAction'
import { useLoad } from '../lib/useLoad'

const MEDAL_SIGNS = { gold: '🥇', silver: '🥈', bronze: '🥉' } as const
const LEVELS = ['grid', 'group'] as const

/** The quarter's ranking of grids or groups with their medals, and the button that awards them. */
export function RankingsBoard() {
  const quarters = recentQuarters(new Date())
  const [quarter, setQuarter] = useState(quarters[1]!)
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('grid')
  const [notice, setNotice] = useState('')
  const ranked = useLoad(async () => {
    const [r, v] = await Promise.all([rankings(quarter, level), villages()])
    const villageNames = new Map(v.items.map((x) => [x.id, x.name]))
    return {
      ...r,
      items: r.items.map((u) => ({ ...u, villageName: villageNames.get(u.villageId) ?? '' })),
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
    <View>
      <Chips options={quarters} value={quarter} onChange={setQuarter} />
      <Chips
        options={LEVELS}
        value={level}
        onChange={setLevel}
        label={(l) => UNIT_LEVEL_NAMES[l]}
      />
      {notice && <Text className="notice">{notice}</Text>}
      {action.error && <Text className="error">{action.error}</Text>}
      <Loadable
        load={ranked}
        empty="这个季度还没有确认发豆的月份，暂无排名"
        isEmpty={(r) => r.items.every((u) => u.total === 0)}
      >
        {(r) => (
          <View>
            {!r.complete && (
              <Text className="muted">
                本季度还有月份没有确认，排名可能还会变；奖牌和奖励在季度确认后才定
              </Text>
            )}
            <View className="card" data-testid="rankings">
              {[...r.items]
                .sort((a, b) => a.rank - b.rank || a.villageName.localeCompare(b.villageName))
                .map((u) => (
                  <View className="row" key={u.id}>
                    <Text className="rankings__place">
                      {r.complete ? '' : '暂列'}第 {u.rank} 名
                    </Text>
                    <Text className="rankings__unit">
                      {[u.villageName, u.gridName, u.name].filter(Boolean).join(' · ')}
                    </Text>
                    <Text>
                      {u.total} 豆
                      {r.complete && u.tier ? ` ${MEDAL_SIGNS[u.tier]} ${MEDAL_NAMES[u.tier]}` : ''}
                      {r.complete && u.award ? ` · 奖 ${u.award} 豆` : ''}
                    </Text>
                  </View>
                ))}
            </View>
            {r.awarded ? (
              <View>
                <Text className="notice">本季度奖励已发放到各户</Text>
                <DownloadButton
                  label="下载排名表（Excel）"
                  route="exportRankings"
                  input={{ query: { quarter, level } }}
                  fallbackName={`${quarter}排名.xlsx`}
                />
              </View>
            ) : (
              <ConfirmButton
                label="发放本季度奖励"
                confirmLabel="确认发放"
                says="发放后各获奖微网格、联户小组的奖励山药豆立即分到各户，不能撤回。"
                disabled={!r.complete}
                loading={action.busy}
                onConfirm={award}
              />
            )}
          </View>
        )}
      </Loadable>
    </View>
  )
}
