import { View } from '@tarojs/components'
import { Tappable } from './Tappable'

/** One choice among a few, as large tappable chips (months, dimensions, levels …). */
export function Chips<T extends string>({
  options,
  value,
  onChange,
  label = String,
}: {
  options: readonly T[]
  /** The chosen option; none while it is still being worked out. */
  value: T | undefined
  onChange: (option: T) => void
  label?: (option: T) => string
}) {
  return (
    <View>
      {options.map((option) => (
        <Tappable
          key={option}
          className={`chip ${option === value ? 'chip--on' : ''}`}
          pressed={option === value}
          onTap={() => onChange(option)}
        >
          {label(option)}
        </Tappable>
      ))}
    </View>
  )
}
