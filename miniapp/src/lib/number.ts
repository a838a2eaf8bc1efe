/** What a number box holds: its whole number, or what is wrong with the text as typed. */
export type Read = { value: number | null; problem: string }

/**
 * Reads a whole number from what was typed, never changing it: "2.5", "-5" or "1e3" stay as
 * typed and say what is wrong. An empty box is `null`, a problem only when it must be filled.
 */
export function readWholeNumber(
  text: string,
  label: string,
  { min, optional = false }: { min: number; optional?: boolean },
): Read {
  const typed = text.trim()
  if (!typed) return { value: null, problem: optional ? '' : `请填写${label}` }
  if (!/^-?\d+$/.test(typed)) return { value: null, problem: `${label}应为整数` }
  const value = Number(typed)
  if (value < min) return { value: null, problem: `${label}不能小于 ${min}` }
  return { value, problem: '' }
}
