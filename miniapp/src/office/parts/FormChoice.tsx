import { Text, View } from '@tarojs/components'
import { Chips } from '../../components/Chips'
import type { Form } from './useForm'

/** One of a few choices of a form (a kind, a yes or no), as chips with their names. */
export function FormChoice<F extends string, O extends string>({
  form,
  name,
  options,
  title,
}: {
  form: Form<F, unknown>
  name: F
  options: Record<O, string>
  title?: string
}) {
  return (
    <View>
      {title && <Text className="office-field__label">{title}</Text>}
      <Chips
        options={Object.keys(options) as O[]}
        value={form.values[name] as O}
        onChange={form.set(name)}
        label={(o) => options[o]}
      />
    </View>
  )
}

export const PARTY_MEMBER = { no: '不是党员', yes: '党员' }
