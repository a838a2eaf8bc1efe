import { View } from '@tarojs/components'
import { Button } from './Button'
import { useState } from 'react'
import { Field } from './Field'

/** A step that must say why (send back, void): a reason box, and a button that waits for one. */
export function ReasonButton({
  placeholder,
  label,
  onConfirm,
}: {
  placeholder: string
  label: string
  onConfirm: (reason: string) => void
}) {
  const [reason, setReason] = useState('')
  return (
    <View>
      <Field placeholder={placeholder} value={reason} onChange={setReason} />
      <Button
        className="button button--danger"
        disabled={!reason.trim()}
        onClick={() => onConfirm(reason.trim())}
      >
        {label}
      </Button>
    </View>
  )
}
