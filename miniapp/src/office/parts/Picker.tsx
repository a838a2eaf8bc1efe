import { Text, View } from '@tarojs/components'
import { Tappable } from '../../components/Tappable'

interface Named {
  id: string
  name: string
}

/** Named things as pressed-state chips under a label; what a tap does is the caller's. */
function NamedChips({
  label,
  options,
  isOn,
  onTap,
}: {
  label: string
  options: Named[]
  isOn: (id: string) => boolean
  onTap: (id: string) => void
}) {
  return (
    <View className="office-picker">
      <Text className="office-field__label">{label}</Text>
      {options.length === 0 && <Text className="hint">（还没有可选的）</Text>}
      {options.map((o) => (
        <Tappable
          key={o.id}
          className={`chip ${isOn(o.id) ? 'chip--on' : ''}`}
          pressed={isOn(o.id)}
          onTap={() => onTap(o.id)}
        >
          {o.name}
        </Tappable>
      ))}
    </View>
  )
}

/** One choice among a list of named things (villages, groups, shops). */
export const Picker = ({
  value,
  onChange,
  ...chips
}: {
  label: string
  options: Named[]
  value: string | undefined
  onChange: (id: string) => void
}) => <NamedChips {...chips} isOn={(id) => id === value} onTap={onChange} />

/** Several choices among named things (who leaves a household, which villages a shop serves). */
export const PickMany = ({
  value,
  onChange,
  ...chips
}: {
  label: string
  options: Named[]
  value: string[]
  onChange: (ids: string[]) => void
}) => (
  <NamedChips
    {...chips}
    isOn={(id) => value.includes(id)}
    onTap={(id) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id])}
  />
)
