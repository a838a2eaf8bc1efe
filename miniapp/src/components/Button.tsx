import { Button as TaroButton } from '@tarojs/components'
import type { ComponentProps } from 'react'

/**
 * Taro's button with its disabled state shown by a class: a greyed button says "not yet"
 * at a glance, and WXSS has no attribute selector to style `[disabled]` with.
 */
export function Button({
  className = 'button',
  disabled,
  ...props
}: ComponentProps<typeof TaroButton>) {
  return (
    <TaroButton
      {...props}
      disabled={disabled}
      className={disabled ? `${className} button--off` : className}
    />
  )
}
