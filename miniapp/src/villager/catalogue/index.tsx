import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { indicators } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { useLoad } from '../../lib/useLoad'

/** The town's catalogue, by 自治/法治/德治: what earns points and what costs them. */
export default function Catalogue() {
  const [dimension, setDimension] = useState<Dimension>('autonomy')
  const list = useLoad(async () => (await indicators()).items.filter((i) => i.active), [])
  return (
    <Screen>
      <Text className="title">积分细则</Text>
      <View>
        {DIMENSIONS.map((d) => (
          <Text
            key={d}
            className={`chip ${d === dimension ? 'chip--on' : ''}`}
            onClick={() => setDimension(d)}
          >
            {DIMENSION_LABELS[d].governance}
          </Text>
        ))}
      </View>
      <Loadable load={list} empty="镇里还没有公布积分细则">
        {(items) => (
          <View className="card">
            {items
              .filter((i) => i.dimension === dimension)
              .map((i) => (
                <View className="row" key={i.code}>
                  <View>
                    <Text>{i.name}</Text>
                    <Text className="hint">
                      {[
                        i.monthlyCap && `每月最多 ${i.monthlyCap} 次`,
                        i.evidence === 'photo' && '需要照片',
                        i.selfReport && '可自己申报',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </View>
                  <Text className={i.points > 0 ? 'plus' : 'minus'}>
                    {i.points > 0 ? `+${i.points}` : i.points}
                  </Text>
                </View>
              ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
