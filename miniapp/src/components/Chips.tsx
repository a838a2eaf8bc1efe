import { View } from '@tarojs/components'
import { Tappable } from './Tappable'

/** One choice among a few, as large tappable chips (months, dimensions, levels, roles …). */
export function Chips<T>({
  options,
  value,
  onChange,
  label = String,
  keyOf = String,
}: {
  options: readonly T[]
  /** The chosen option; none while it is still being worked out. */
  value: T | undefined
  onChange: (option: T) => void
  label?: (option: T) => string
  /** What tells options apart, for options that are not strings. */
  keyOf?: (option: T) => string
}) {
  return (
    <View>
      {options.map((option) => (
        <Tappable
          key={keyOf(option)}
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
