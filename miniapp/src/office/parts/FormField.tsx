import { Text, View } from '@tarojs/components'
import { Field } from '../../components/Field'
import type { Form } from './useForm'

/** A labelled box of a form, its problem under it as it is typed. */
export function FormField<F extends string>({
  form,
  name,
  label,
  placeholder = label,
}: {
  form: Form<F, unknown>
  name: F
  label: string
  placeholder?: string
}) {
  const problem = form.problem(name)
  return (
    <View className="office-field">
      <Text className="office-field__label">{label}</Text>
      <Field
        placeholder={placeholder}
        label={label}
        value={form.values[name]}
        onChange={form.set(name)}
      />
      {problem && <Text className="error">{problem}</Text>}
    </View>
  )
}
