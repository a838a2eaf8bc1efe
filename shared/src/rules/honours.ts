/**
 * Year-end honours of one village (一年一评优, SPEC §6): the top ⌈topPercent% × eligible⌉
 * households by beans earned, where eligible = not excluded (e.g. under `no_honours`).
 * Competition ranking, so ties at the boundary are all honoured; nobody with earned ≤ 0.
 * Returns the honoured households, best first (ties by id).
 */
export function yearHonours(
  households: { id: string; earned: number; excluded?: boolean }[],
  opts: { topPercent?: number } = {},
): { id: string; rank: number }[] {
  const topPercent = opts.topPercent ?? 10
  if (!(topPercent > 0 && topPercent <= 100))
    throw new RangeError(`topPercent must be in (0, 100], got ${topPercent}`)
  for (const h of households) {
    if (!Number.isFinite(h.earned))
      throw new RangeError(`earned of ${h.id} must be a number, got ${h.earned}`)
  }

  const eligible = households
    .filter((h) => !h.excluded)
    .sort((a, b) => b.earned - a.earned || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  // Rounded to 1e-9 first: 8.8% of 375 is 33, not the 33.00000000000001 a double gives (→ 34).
  const places = Math.ceil(Math.round(((topPercent * eligible.length) / 100) * 1e9) / 1e9)

  const honoured: { id: string; rank: number }[] = []
  let rank = 0
  eligible.forEach((h, i) => {
    if (i === 0 || h.earned !== eligible[i - 1]!.earned) rank = i + 1
    if (rank <= places && h.earned > 0) honoured.push({ id: h.id, rank })
  })
  return honoured
}
