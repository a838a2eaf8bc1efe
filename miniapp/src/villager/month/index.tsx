import { DIMENSIONS, DIMENSION_LABELS } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { useState } from 'react'
import { entries, raiseObjection, villageMonth } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { Tappable } from '../../components/Tappable'
import { shanghaiTime } from '@jifenbao/shared'
import { newestPublished, objectionsOpen, recentMonths, villageRank } from '../../lib/month'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'
import { myHousehold } from '../../lib/villager'

const STATUS = { open: '本月还在记分', published: '公示中', final: '已确认发豆' } as const

/** My household's month: score by 自治/法治/德治, place in the village, and the village's list. */
export default function VillagerMonth() {
  const months = recentMonths(new Date())
  // Chosen by the villager, or (until then) the newest month already published.
  const [chosenMonth, setMonth] = useState<string>()
  const [reason, setReason] = useState('')
  const [notice, setNotice] = useState('')
  const [entryId, setEntryId] = useState<string>()
  const view = useLoad(async () => {
    const mine = await myHousehold()
    const shown =
      chosenMonth ?? (await newestPublished(months, (m) => villageMonth(mine.villageId, m)))
    const [v, own] = await Promise.all([
      villageMonth(mine.villageId, shown),
      entries({ householdId: mine.householdId, month: shown, status: 'approved' }),
    ])
    return { ...v, own: own.items, mine }
  }, [chosenMonth])
  const month = chosenMonth ?? (view.state === 'ready' ? view.data.month : undefined)

  const action = useAction()
  const object = (mine: { householdId: string; villageId: string }) =>
    action.run(async () => {
      await raiseObjection(mine.villageId, month!, {
        householdId: mine.householdId,
        reason,
        ...(entryId && { entryId }),
      })
      setReason('')
      setNotice('异议已提交，村里会在公示期内答复')
    })

  return (
    <Screen>
      <Text className="title">本月得分</Text>
      <Chips options={months} value={month} onChange={setMonth} />
      <Loadable
        load={view}
        empty="这个月还没有公示，公示后就能看到得分"
        isEmpty={(v) => v.status === 'open'}
      >
        {(v) => {
          const me = v.households.find((h) => h.householdId === v.mine.householdId)
          const place = villageRank(v.households, v.mine.householdId)
          return (
            <View>
              <View className="card" data-testid="my-score">
                <Text className="muted">{STATUS[v.status]}</Text>
                <Text className="big">{me?.score ?? 0} 分</Text>
                {DIMENSIONS.map((d) => (
                  <View className="row" key={d}>
                    <Text>{DIMENSION_LABELS[d].governance}</Text>
                    <Text>{me?.byDimension[d] ?? 0}</Text>
                  </View>
                ))}
                {place && (
                  <View className="row">
                    <Text>村里排名</Text>
                    <Text>
                      第 {place.rank} 名 / 共 {place.of} 户
                    </Text>
                  </View>
                )}
                <View className="row">
                  <Text>本月山药豆</Text>
                  <Text className="plus">{me?.beans ?? 0}</Text>
                </View>
              </View>
              {objectionsOpen(v, new Date()) && (
                <View className="card">
                  <Text>对公示有不同意见？公示截止：{shanghaiTime(v.objectionDeadline!)}</Text>
                  <Text className="hint">是哪一条？（可不选）</Text>
                  <View>
                    {v.own.map((e) => (
                      <Tappable
                        key={e.id}
                        className={`chip ${e.id === entryId ? 'chip--on' : ''}`}
                        pressed={e.id === entryId}
                        onTap={() => setEntryId(e.id === entryId ? undefined : e.id)}
                      >
                        {e.occurredOn.slice(5)} {e.points > 0 ? `+${e.points}` : e.points}
                      </Tappable>
                    ))}
                  </View>
                  <Field
                    placeholder="请写明哪一条不对、为什么"
                    value={reason}
                    onChange={setReason}
                  />
                  <Button
                    className="button"
                    disabled={!reason.trim()}
                    loading={action.busy}
                    onClick={() => object(v.mine)}
                  >
                    提出异议
                  </Button>
                </View>
              )}
              {notice && <Text className="notice">{notice}</Text>}
              {action.error && <Text className="error">{action.error}</Text>}
              <Text className="title">全村公示</Text>
              <View className="card">
                {[...v.households]
                  .sort((a, b) => b.score - a.score)
                  .map((h) => (
                    <View className="row" key={h.householdId}>
                      <Text>{h.headName}</Text>
                      <Text>{h.score} 分</Text>
                    </View>
                  ))}
              </View>
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
