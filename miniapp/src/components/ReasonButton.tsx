import { View } from '@tarojs/components'
import { useState } from 'react'
import { ConfirmButton } from './ConfirmButton'
import { Field } from './Field'

/**
 * A step that must say why and cannot be taken back (send back, void): a reason box, and a
 * button that waits for one, then says what will happen and asks once.
 */
export function ReasonButton({
  placeholder,
  label,
  confirmLabel,
  says,
  onConfirm,
}: {
  placeholder: string
  label: string
  confirmLabel: string
  says: string
  onConfirm: (reason: string) => void
}) {
  const [reason, setReason] = useState('')
  return (
    <View>
      <Field placeholder={placeholder} value={reason} onChange={setReason} />
      <ConfirmButton
        className="button button--danger"
        label={label}
        confirmLabel={confirmLabel}
        says={says}
        disabled={!reason.trim()}
        onConfirm={() => onConfirm(reason.trim())}
      />
    </View>
  )
}
