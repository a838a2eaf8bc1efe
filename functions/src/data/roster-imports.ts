import type { Actor } from '../lib/ground/context'
import { queryAll } from './tx'

/** Where an import keeps its start and each chunk's marker: the caller's own, by its key. */
export const importKey = (actor: Actor, key: string) => `ROSTERIMPORT#${actor.personId}#${key}`

/** How far the caller's import of this key has written: its chunks, and those with their marker. */
export async function importProgress(actor: Actor, key: string) {
  const items = await queryAll<{ SK: string; chunks?: number }>({
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': importKey(actor, key) },
    ProjectionExpression: 'SK, chunks',
  })
  const start = items.find((i) => i.SK === 'START')
  return {
    started: !!start,
    chunks: start?.chunks ?? 0,
    written: items.filter((i) => i.SK.startsWith('CHUNK#')).length,
  }
}
