import { routes } from '../contract'
import { getVillage } from '../data/org'
import { http } from '../lib/http'
import { authorizeInVillage } from '../lib/placement'
import { villageHonours } from '../services/honours'

export const handler = http(routes.yearHonours, async ({ principal, params, query, now }) => {
  const village = await getVillage(query.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  return villageHonours(village, params.year!, now)
})
