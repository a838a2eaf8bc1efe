import { s3Photos } from '../adapters/photos'
import { routes } from '../contract'
import { created, http } from '../lib/http'
import { submit } from '../services/entries'

/** One activity for many households: one entry each, all in one transaction. */
export const handler = http(routes.createBatchEntries, async ({ principal, actor, body }) => {
  const entries = await submit(principal, actor, s3Photos, body.householdIds, body, 1)
  return created({ ids: entries.map((e) => e.id) })
})
