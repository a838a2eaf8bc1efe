import { Input, Text, View } from '@tarojs/components'
import type { Read } from '../lib/number'

/** A text box whose placeholder says what goes in it, and names it to a screen reader. */
export const Field = ({
  placeholder,
  label = placeholder,
  value,
  onChange,
  type = 'text',
}: {
  placeholder: string
  /** Its name where the placeholder is only an example. */
  label?: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'number'
}) => (
  <Input
    className="input"
    type={type}
    placeholder={placeholder}
    value={value}
    nativeProps={{ 'aria-label': label }}
    onInput={(e) => onChange(e.detail.value)}
  />
)

/**
 * A box for a whole number. WeChat shows its digit keyboard; the browser takes any text, as
 * Taro's browser number box drops "." and "-" as they are typed and so changes the number.
 * What is wrong with the text shows under it, and the text stays as typed.
 */
export const NumberField = ({
  read,
  ...props
}: Omit<Parameters<typeof Field>[0], 'type'> & { read: Read }) => (
  <View>
    <Field {...props} type={process.env.TARO_ENV === 'weapp' ? 'number' : 'text'} />
    {props.value.trim() !== '' && read.problem && <Text className="error">{read.problem}</Text>}
  </View>
)
