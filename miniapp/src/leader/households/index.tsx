import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { matches, myHouseholds, SEARCH_FROM } from '../../lib/leader'
import { useLoad } from '../../lib/useLoad'

/** The households a leader looks after, by group; a tap records points for one. */
export default function Households() {
  const list = useLoad(myHouseholds, [])
  const [search, setSearch] = useState('')
  return (
    <Screen>
      <Text className="title">我的农户</Text>
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
                <View
                  className="row"
                  key={h.id}
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
                  <Text className="plus">记分 ›</Text>
                </View>
              ))}
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
