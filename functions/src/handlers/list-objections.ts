import { monthRoutes } from '@jifenbao/shared'
import { listObjections } from '../data/objections'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'

export const handler = http(monthRoutes.listObjections, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const items = await listObjections(village.id, params.month)
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
