/**
 * Masks for personal data shown to others (SPEC §9). Each keeps at most the characters
 * the SPEC shows and hides the rest with `*`, one star per hidden character.
 */

/** 张* · 张*华 · 欧**华: first character, and the last one from three characters on. */
export function maskName(s: string): string {
  const chars = Array.from(s.trim())
  if (chars.length <= 1) return chars.length === 0 ? '' : '*'
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** 13800000000 → 138****0000. Shorter numbers (landlines) keep only their last 4. */
export function maskPhone(s: string): string {
  return keepEnds(compact(s), 3, 4, 11)
}

/** 370102199001011234 → 3701**********1234 (also the old 15-digit numbers). */
export function maskIdNumber(s: string): string {
  return keepEnds(compact(s), 4, 4, 15)
}

/** Spaces and dashes people type inside numbers are not characters of the number. */
function compact(s: string): string {
  return s.replace(/[\s-]/g, '')
}

/** Keeps `head` and `tail` characters of a value at least `fullLength` long; of a shorter one the tail only, when at least as many stay hidden. */
function keepEnds(s: string, head: number, tail: number, fullLength: number): string {
  const chars = Array.from(s)
  const n = chars.length
  if (n >= fullLength)
    return (
      chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('')
    )
  if (n >= 2 * tail) return '*'.repeat(n - tail) + chars.slice(n - tail).join('')
  return '*'.repeat(n)
}
