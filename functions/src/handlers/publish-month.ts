import { monthRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { monthView, publishMonth } from '../services/month'

export const handler = http(monthRoutes.publishMonth, async ({ principal, actor, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  authorize(principal, monthRoutes.publishMonth.roles, villageTarget(village))
  return monthView(await publishMonth(actor, village, params.month), actor.now)
})
