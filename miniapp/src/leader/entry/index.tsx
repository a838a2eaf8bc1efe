import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { EntryForm } from '../../components/EntryForm'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { myHouseholds } from '../../lib/leader'
import { useLoad } from '../../lib/useLoad'

/** One household's entry (`?householdId=&headName=`), or one activity for many (`?batch=1`). */
export default function Entry() {
  const { params } = useRouter()
  const batch = params.batch === '1'
  const [done, setDone] = useState('')
  const households = useLoad(
    async () =>
      batch
        ? myHouseholds()
        : [{ id: params.householdId!, headName: decodeURIComponent(params.headName ?? '') }],
    [],
  )
  return (
    <Screen>
      <Text className="title">{batch ? '活动批量记分' : '记分'}</Text>
      {done ? (
        <View className="card">
          <Text className="notice" data-testid="entry-done">
            {done}
          </Text>
          <Button className="button" onClick={() => Taro.navigateBack()}>
            返回
          </Button>
          <Button className="button button--plain" onClick={() => setDone('')}>
            再记一条
          </Button>
        </View>
      ) : (
        <Loadable load={households} empty="您负责的小组还没有农户">
          {(list) => (
            <EntryForm mode={batch ? 'batch' : 'single'} households={list} onDone={setDone} />
          )}
        </Loadable>
      )}
    </Screen>
  )
}
