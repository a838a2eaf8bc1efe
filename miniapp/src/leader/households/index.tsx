import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { moveHousehold, villageTree } from '../../api/routes'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { groupChoices, matches, myHouseholds, myVillageId, SEARCH_FROM } from '../../lib/leader'
import { mayKeepRoster, savedUnit } from '../../lib/roles'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

/**
 * The households a leader looks after, by group; a tap records points for one. Whoever
 * keeps the roster can also move a household to another group of the village.
 */
export default function Households() {
  const list = useLoad(myHouseholds, [])
  const [search, setSearch] = useState('')
  const keeper = mayKeepRoster(savedUnit()?.role)
  const groups = useLoad(
    async () => (keeper ? groupChoices(await villageTree(myVillageId())) : []),
    [],
  )
  const [moving, setMoving] = useState<string | null>(null)
  const [to, setTo] = useState('')
  const [moved, setMoved] = useState('')
  const move = useAction()

  const startMove = (householdId: string) => {
    setMoving(householdId)
    setTo('')
    setMoved('')
    move.clear()
  }
  const confirmMove = (headName: string) =>
    move.run(async () => {
      await moveHousehold(moving!, to)
      const label = groups.state === 'ready' ? groups.data.find((g) => g.id === to)?.label : ''
      setMoved(`已把 ${headName} 户调到 ${label}`)
      setMoving(null)
      list.reload()
    })

  return (
    <Screen>
      <Text className="title">我的农户</Text>
      {moved && <Text className="notice">{moved}</Text>}
      <Loadable load={list} empty="您负责的小组还没有农户，请联系村信息管理员录入">
        {(households) => {
          const found = households.filter((h) => matches(h, search))
          return (
            <View className="card" data-testid="households">
              {households.length > SEARCH_FROM && (
                <Field placeholder="找农户：户主姓名或地址" value={search} onChange={setSearch} />
              )}
              {found.length === 0 && (
                <Text className="muted">没有找到“{search}”，请换个字再找</Text>
              )}
              {found.map((h) => (
                <View key={h.id}>
                  <View
                    className="row"
                    onClick={() =>
                      Taro.navigateTo({
                        url: `/leader/entry/index?householdId=${h.id}&headName=${encodeURIComponent(h.headName)}`,
                      })
                    }
                  >
                    <View>
                      <Text>{h.headName}</Text>
                      <Text className="hint">
                        {h.gridName} · {h.groupName}
                      </Text>
                    </View>
                    <View>
                      <Text className="plus">记分 ›</Text>
                      {keeper && (
                        <Text
                          className="muted"
                          onClick={(e) => {
                            e.stopPropagation()
                            startMove(h.id)
                          }}
                        >
                          {' '}
                          调组
                        </Text>
                      )}
                    </View>
                  </View>
                  {moving === h.id && groups.state === 'ready' && (
                    <View data-testid="move">
                      <Text className="muted">把 {h.headName} 户调到：</Text>
                      <Chips
                        options={groups.data.filter((g) => g.id !== h.groupId).map((g) => g.id)}
                        value={to}
                        onChange={setTo}
                        label={(id) => groups.data.find((g) => g.id === id)!.label}
                      />
                      {move.error && <Text className="error">{move.error}</Text>}
                      <Button
                        className="button"
                        disabled={!to}
                        loading={move.busy}
                        onClick={() => confirmMove(h.headName)}
                      >
                        调到这个小组
                      </Button>
                      <Button className="button button--plain" onClick={() => setMoving(null)}>
                        取消
                      </Button>
                    </View>
                  )}
                </View>
              ))}
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
