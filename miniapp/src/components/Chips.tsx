import { Text, View } from '@tarojs/components'

/** One choice among a few, as large tappable chips (months, dimensions, levels …). */
export function Chips<T extends string>({
  options,
  value,
  onChange,
  label = String,
}: {
  options: readonly T[]
  value: T
  onChange: (option: T) => void
  label?: (option: T) => string
}) {
  return (
    <View>
      {options.map((option) => (
        <Text
          key={option}
          className={`chip ${option === value ? 'chip--on' : ''}`}
          onClick={() => onChange(option)}
        >
          {label(option)}
        </Text>
      ))}
    </View>
  )
}
