import { DIMENSIONS, DIMENSION_LABELS, type Dimension, type Indicator } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Chips } from './Chips'
import { Points } from './Points'
import { buttonRole } from './Tappable'

/**
 * The catalogue by 自治/法治/德治: what earns points and what costs them. With `onChoose`,
 * a tap picks an indicator (the entry form); otherwise it is for reading.
 */
export function IndicatorList({
  items,
  chosen,
  onChoose,
}: {
  items: Indicator[]
  chosen?: string
  onChoose?: (code: string) => void
}) {
  // Opens on the chosen indicator's dimension (a draft, an entry being corrected).
  const [dimension, setDimension] = useState<Dimension>(
    () => items.find((i) => i.code === chosen)?.dimension ?? 'autonomy',
  )
  return (
    <View>
      <Chips
        options={DIMENSIONS}
        value={dimension}
        onChange={setDimension}
        label={(d) => DIMENSION_LABELS[d].governance}
      />
      <View className="card" data-testid="indicators">
        {items
          .filter((i) => i.dimension === dimension)
          .map((i) => (
            <View
              className={`row ${i.code === chosen ? 'chip--on' : ''}`}
              key={i.code}
              onClick={onChoose && (() => onChoose(i.code))}
              {...(onChoose &&
                buttonRole({ press: () => onChoose(i.code), pressed: i.code === chosen }))}
            >
              <View>
                <Text>{i.name}</Text>
                {!onChoose && (
                  <Text className="hint">
                    {[
                      i.monthlyCap && `每月最多 ${i.monthlyCap} 次`,
                      i.evidence === 'photo' && '需要照片',
                      i.selfReport && '可自己申报',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </View>
              <Points value={i.points} />
            </View>
          ))}
      </View>
    </View>
  )
}
