/** The activity a check-in code is for (`A1.<activity>.<expiry>.<signature>`), if it is one. */
export function activityOfCode(code: string): string | null {
  const parts = code.trim().split('.')
  return parts.length === 4 && parts[0] === 'A1' ? parts[1]! : null
}
