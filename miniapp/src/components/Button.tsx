import { Button as TaroButton } from '@tarojs/components'
import type { ComponentProps } from 'react'
import { buttonRole } from './Tappable'

/**
 * Taro's button made honest: while it is off (disabled, or busy with its last tap) it does
 * nothing at all, shows grey (by a class: WXSS has no `[disabled]` selector) and says so to a
 * screen reader; it is reached by Tab and pressed by Enter or Space like any button.
 */
export function Button({
  className = 'button',
  disabled,
  loading,
  onClick,
  label,
  ...props
}: Omit<ComponentProps<typeof TaroButton>, 'onClick'> & {
  onClick?: () => void
  /** The name read out, where the visible text is not enough ("+" → "多拿一件肥皂"). */
  label?: string
}) {
  const press = disabled || loading ? undefined : onClick
  return (
    <TaroButton
      {...props}
      // Never `false`: the browser build writes it out as disabled="false", which Taro's own
      // style greys as if it were off (white text at 60 %, below the contrast an elder needs).
      disabled={disabled || undefined}
      loading={loading || undefined}
      className={disabled ? `${className} button--off` : className}
      onClick={press && (() => press())}
      {...buttonRole({ press, label })}
    />
  )
}
