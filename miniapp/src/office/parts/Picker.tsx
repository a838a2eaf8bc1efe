import { Text, View } from '@tarojs/components'
import { Tappable } from '../../components/Tappable'

/** One choice among a list of named things (villages, groups, shops), as pressed buttons. */
export function Picker({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: { id: string; name: string }[]
  value: string | undefined
  onChange: (id: string) => void
}) {
  return (
    <View className="office-picker">
      <Text className="office-field__label">{label}</Text>
      {options.length === 0 && <Text className="hint">（还没有可选的）</Text>}
      {options.map((o) => (
        <Tappable
          key={o.id}
          className={`chip ${o.id === value ? 'chip--on' : ''}`}
          pressed={o.id === value}
          onTap={() => onChange(o.id)}
        >
          {o.name}
        </Tappable>
      ))}
    </View>
  )
}

/** Several choices among named things (who leaves a household, which villages a shop serves). */
export function PickMany({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: { id: string; name: string }[]
  value: string[]
  onChange: (ids: string[]) => void
}) {
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id])
  return (
    <View className="office-picker">
      <Text className="office-field__label">{label}</Text>
      {options.map((o) => (
        <Tappable
          key={o.id}
          className={`chip ${value.includes(o.id) ? 'chip--on' : ''}`}
          pressed={value.includes(o.id)}
          onTap={() => toggle(o.id)}
        >
          {o.name}
        </Tappable>
      ))}
    </View>
  )
}
