import { routes } from '../contract'
import { getVillage } from '../data/org'
import { http } from '../lib/http'
import { villageTarget } from '../lib/placement'
import { authorize } from '../lib/scope'
import { monthView, publishMonth } from '../services/month'

export const handler = http(routes.publishMonth, async ({ principal, actor, params }) => {
  const village = await getVillage(params.villageId!, principal.townId)
  authorize(principal, routes.publishMonth.roles, villageTarget(village))
  return monthView(await publishMonth(actor, village, params.month!))
})
