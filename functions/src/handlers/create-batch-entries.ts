import { s3Photos } from '../adapters/photos'
import { entryRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { submit } from '../services/entries'

/** One activity for many households: one entry each, all in one transaction. */
export const handler = http(entryRoutes.createBatchEntries, async ({ principal, actor, body }) => {
  const entries = await submit(principal, actor, s3Photos, body.householdIds, body, 1)
  return { ids: entries.map((e) => e.id) }
})
