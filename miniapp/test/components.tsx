import type { PropsWithChildren } from 'react'

/** Stand-ins for `@tarojs/components`: the DOM elements Taro's H5 build renders them as. */
type Props = PropsWithChildren<Record<string, any>>

export const View = ({ children, className, onClick, ...rest }: Props) => (
  <div className={className} onClick={onClick} data-testid={rest['data-testid']}>
    {children}
  </div>
)
export const Text = ({ children, className, onClick, ...rest }: Props) => (
  <span className={className} onClick={onClick} data-testid={rest['data-testid']}>
    {children}
  </span>
)
export const Button = ({ children, className, onClick, disabled, loading }: Props) => (
  <button className={className} onClick={onClick} disabled={disabled || loading}>
    {children}
  </button>
)
export const Image = ({ src, className, onClick, ...rest }: Props) => (
  <img src={src} className={className} onClick={onClick} data-testid={rest['data-testid']} />
)
export const Input = ({ value, placeholder, onInput, type, className }: Props) => (
  <input
    className={className}
    aria-label={placeholder}
    placeholder={placeholder}
    type={type === 'number' ? 'number' : 'text'}
    value={value}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
  />
)
export const Textarea = ({ value, placeholder, onInput, className }: Props) => (
  <textarea
    className={className}
    aria-label="textarea"
    placeholder={placeholder}
    value={value}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
  />
)
export const Switch = ({ checked, onChange }: Props) => (
  <input
    type="checkbox"
    role="switch"
    checked={checked}
    onChange={(e) => onChange?.({ detail: { value: e.target.checked } })}
  />
)
export const Picker = ({ children }: Props) => <div>{children}</div>
