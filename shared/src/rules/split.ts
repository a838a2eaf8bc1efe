/**
 * Splits a unit's medal award over its households (SPEC §6): ⌊award/n⌋ each, and the
 * remainder r one bean each to the r households with the highest quarter amount
 * (ties: smaller id first). The shares always sum to the award exactly.
 */
export function splitAward(
  award: number,
  households: { id: string; amount: number }[],
): Record<string, number> {
  if (!Number.isSafeInteger(award) || award < 0)
    throw new RangeError(`award must be a whole number ≥ 0, got ${award}`)
  if (new Set(households.map((h) => h.id)).size !== households.length)
    throw new RangeError('household ids must be unique')
  if (households.length === 0) {
    if (award > 0) throw new RangeError('an award cannot be split over no households')
    return {}
  }
  const base = Math.floor(award / households.length)
  const remainder = award - base * households.length
  const order = [...households].sort(
    (a, b) => b.amount - a.amount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const shares: Record<string, number> = {}
  order.forEach((h, i) => {
    shares[h.id] = base + (i < remainder ? 1 : 0)
  })
  return shares
}
