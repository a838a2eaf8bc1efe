import { Input } from '@tarojs/components'

/** A text or number box whose placeholder says what goes in it. */
export const Field = ({
  placeholder,
  value,
  onChange,
  type = 'text',
}: {
  placeholder: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'number'
}) => (
  <Input
    className="input"
    type={type}
    placeholder={placeholder}
    value={value}
    onInput={(e) => onChange(e.detail.value)}
  />
)
