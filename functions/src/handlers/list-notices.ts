import { lifeRoutes } from '@jifenbao/shared'
import { noticesPage } from '../data/notices'
import { getVillage } from '../data/org'
import { authorizeInVillage } from '../lib/access/placement'
import { http } from '../lib/edge/http'

/** The village's notices, newest first, for every member of the village. */
export const handler = http(lifeRoutes.listNotices, async ({ principal, params, query }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const { items, cursor } = await noticesPage(village.id, query.cursor)
  return {
    items: items.map(({ id, villageId, title, body, by, byName, at }) => ({
      id,
      villageId,
      title,
      body,
      by,
      byName,
      at,
    })),
    cursor,
  }
})
