import { routes } from '../contract'
import { getVillage } from '../data/org'
import { http } from '../lib/http'
import { villageTarget } from '../lib/placement'
import { authorize } from '../lib/scope'
import { finalizeMonth } from '../services/month'

export const handler = http(routes.finalizeMonth, async ({ principal, actor, params }) => {
  const village = await getVillage(params.villageId!, principal.townId)
  authorize(principal, routes.finalizeMonth.roles, villageTarget(village))
  return finalizeMonth(actor, village.townId, village.id, params.month!)
})
