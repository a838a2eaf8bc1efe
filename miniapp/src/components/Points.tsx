import { Text } from '@tarojs/components'

/** Points or beans with their sign: green when earned, red when lost or spent. */
export const Points = ({ value, unit = '' }: { value: number; unit?: string }) => (
  <Text className={value >= 0 ? 'plus' : 'minus'}>
    {value > 0 ? `+${value}` : value}
    {unit}
  </Text>
)
