import { monthRoutes } from '@jifenbao/shared'
import { getMonth } from '../data/months'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { monthView } from '../services/month'

export const handler = http(monthRoutes.getMonth, async ({ principal, params, now }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  return monthView(await getMonth(village.townId, village.id, params.month), now)
})
