import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { loadSession } from '../../api/client'
import { EntryForm } from '../../components/EntryForm'
import { Screen } from '../../components/Screen'
import { myHouseholdId, NO_HOUSEHOLD } from '../../lib/villager'

/** A villager reports a good deed of their own household, with a photo where needed. */
export default function Report() {
  const householdId = myHouseholdId()
  const [done, setDone] = useState('')
  return (
    <Screen>
      <Text className="title">我要申报</Text>
      {done ? (
        <View className="card">
          <Text className="notice">{done}</Text>
          <Button className="button" onClick={() => Taro.navigateBack()}>
            返回
          </Button>
        </View>
      ) : householdId ? (
        <EntryForm
          mode="self"
          households={[{ id: householdId, headName: loadSession()!.user.name }]}
          onDone={setDone}
        />
      ) : (
        <Text className="error">{NO_HOUSEHOLD}</Text>
      )}
    </Screen>
  )
}
