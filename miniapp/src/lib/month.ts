import { addMonths, monthOf, monthsUpTo, quarterOf } from '@jifenbao/shared'

/** This month and the ones before it, newest first, in Shanghai time. */
export const recentMonths = (now: Date, count = 3): string[] => monthsUpTo(monthOf(now), count)

/**
 * The newest of the months (newest first) the village has published, so that a screen opens
 * on scores there are; the one before this month when none is.
 */
export async function newestPublished(
  months: string[],
  view: (month: string) => Promise<{ status: string }>,
): Promise<string> {
  const views = await Promise.all(months.map(view))
  return months[views.findIndex((v) => v.status !== 'open')] ?? months[1] ?? months[0]!
}

/** A household's place in its village's month: ties share a place (1, 2, 2, 4). */
export function villageRank(
  households: { householdId: string; score: number }[],
  householdId: string,
): { rank: number; of: number } | null {
  const mine = households.find((h) => h.householdId === householdId)
  if (!mine) return null
  return {
    rank: households.filter((h) => h.score > mine.score).length + 1,
    of: households.length,
  }
}

/** Whether villagers may still object to a published month. */
export const objectionsOpen = (
  month: { status: string; objectionDeadline: string | null },
  now: Date,
) =>
  month.status === 'published' &&
  month.objectionDeadline !== null &&
  now < new Date(month.objectionDeadline)

/** The quarter a month belongs to, and the one before: what the town admin ranks. */
export function recentQuarters(now: Date): string[] {
  const month = monthOf(now)
  return [quarterOf(month), quarterOf(addMonths(month, -3))]
}
