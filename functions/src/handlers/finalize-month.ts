import { monthRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { finalizeMonth } from '../services/month'

export const handler = http(monthRoutes.finalizeMonth, async ({ principal, actor, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  authorize(principal, monthRoutes.finalizeMonth.roles, villageTarget(village))
  return finalizeMonth(actor, village.townId, village.id, params.month)
})
