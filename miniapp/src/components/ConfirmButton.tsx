import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from './Button'

/**
 * A step that cannot be taken back (publish, finalise, void, award, reject): the first tap
 * says what will happen and asks once; only the confirming tap acts.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  says,
  onConfirm,
  className = 'button',
  disabled,
  loading,
}: {
  label: string
  confirmLabel: string
  /** What will happen, in a sentence the person can act on. */
  says: string
  onConfirm: () => void
  className?: string
  disabled?: boolean
  loading?: boolean
}) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <Button
        className={className}
        disabled={disabled}
        loading={loading}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    )
  return (
    <View className="card confirm" data-testid="confirm">
      <Text className="confirm__says">{says}</Text>
      <Button
        className="button button--danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        {confirmLabel}
      </Button>
      <Button className="button button--plain" onClick={() => setAsking(false)}>
        取消
      </Button>
    </View>
  )
}
