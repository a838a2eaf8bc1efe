import type { PropsWithChildren } from 'react'

/** Stand-ins for `@tarojs/components`: the DOM elements Taro's H5 build renders them as. */
type Props = PropsWithChildren<Record<string, any>>

/** The attributes Taro's H5 build puts on the page as they are: role, Tab order, ARIA, test ids. */
const passed = (props: Props) =>
  Object.fromEntries(
    Object.entries(props).filter(([key]) =>
      /^(role|tabIndex|onKeyDown|aria-.+|data-testid)$/.test(key),
    ),
  )

export const View = ({ children, className, onClick, ...rest }: Props) => (
  <div className={className} onClick={onClick} {...passed(rest)}>
    {children}
  </div>
)
export const Text = ({ children, className, onClick, ...rest }: Props) => (
  <span className={className} onClick={onClick} {...passed(rest)}>
    {children}
  </span>
)
export const Button = ({ children, className, onClick, disabled, loading, ...rest }: Props) => (
  <button className={className} onClick={onClick} disabled={disabled || loading} {...passed(rest)}>
    {children}
  </button>
)
export const Image = ({ src, className, onClick, nativeProps, ...rest }: Props) => (
  <img src={src} className={className} onClick={onClick} {...nativeProps} {...passed(rest)} />
)
export const Input = ({ value, placeholder, onInput, type, className, nativeProps }: Props) => (
  <input
    className={className}
    aria-label={nativeProps?.['aria-label'] ?? placeholder}
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
export const Picker = ({ children }: Props) => <div>{children}</div>
