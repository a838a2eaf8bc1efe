import { routes } from '../contract'
import { listObjections } from '../data/objections'
import { getVillage } from '../data/org'
import { http } from '../lib/http'
import { authorizeInVillage } from '../lib/placement'

export const handler = http(routes.listObjections, async ({ principal, params }) => {
  const village = await getVillage(params.villageId!, principal.townId)
  await authorizeInVillage(principal, village)
  const items = await listObjections(village.id, params.month!)
  return {
    items: items.map(({ id, householdId, entryId, reason, at, status, resolution }) => ({
      id,
      householdId,
      entryId,
      reason,
      at,
      status,
      resolution,
    })),
    cursor: null,
  }
})
