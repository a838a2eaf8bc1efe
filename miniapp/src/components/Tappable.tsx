import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/**
 * What makes a control a button to the keyboard and to a screen reader: its role, a place
 * in the Tab order, Enter or Space to press it, and its state. Taro's component types leave
 * these attributes out, but they reach the page (H5) and WeChat reads `aria-*` too.
 */
export function buttonRole({
  press,
  label,
  pressed,
}: {
  press?: () => void
  label?: string
  pressed?: boolean
}): object {
  return {
    role: 'button',
    tabIndex: 0,
    ...(label !== undefined && { 'aria-label': label }),
    ...(pressed !== undefined && { 'aria-pressed': pressed }),
    'aria-disabled': !press,
    onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
      if (!press || (e.key !== 'Enter' && e.key !== ' ')) return
      e.preventDefault?.()
      press()
    },
  }
}

/** Anything tapped that is not a form button: a tile, a chip, a row. */
export function Tappable({
  onTap,
  className,
  label,
  pressed,
  testId,
  children,
}: PropsWithChildren<{
  onTap: () => void
  className?: string
  /** The name read out, where the visible text is not enough. */
  label?: string
  /** For one choice among several: whether this one is chosen. */
  pressed?: boolean
  testId?: string
}>) {
  return (
    <View
      className={className}
      onClick={onTap}
      data-testid={testId}
      {...buttonRole({ press: onTap, label, pressed })}
    >
      {children}
    </View>
  )
}
