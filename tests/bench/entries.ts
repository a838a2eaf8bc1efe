import { ulid } from 'ulid'

const CODES = [
  ['FZ-03', 'law', 3],
  ['DZ-01', 'virtue', 2],
  ['FZ-12', 'law', -2],
] as const

/** `count` approved entries of a month over these households in turn, as the table keeps them. */
export async function approvedEntries(
  households: { id: string; villageId: string; gridId: string; groupId: string }[],
  month: string,
  count: number,
  now: Date,
): Promise<Record<string, unknown>[]> {
  // The data layer, loaded only once the environment points at this run's engine.
  const { entryItem, entryRecord } = await import('../../functions/src/data/entries')
  return Array.from({ length: count }, (_, i) => {
    const [code, dimension, points] = CODES[i % CODES.length]!
    const household = households[i % households.length]!
    const entry = entryItem(
      {
        id: ulid(),
        householdId: household.id,
        indicatorCode: code,
        dimension,
        unitPoints: points,
        quantity: 1,
        occurredOn: `${month}-15`,
        month,
        note: null,
        photoKeys: [],
        submittedBy: 'bench',
        reportedBy: 'bench',
        createdAt: now.toISOString(),
      },
      household as never,
    )
    return entryRecord({ ...entry, status: 'approved' })
  })
}
