import { routes } from '../contract'
import { getObjection } from '../data/objections'
import { getVillage } from '../data/org'
import { http } from '../lib/http'
import { villageTarget } from '../lib/placement'
import { authorize } from '../lib/scope'
import { monthView, resolveObjection } from '../services/month'

export const handler = http(routes.resolveObjection, async ({ principal, actor, params, body }) => {
  const objection = await getObjection(params.id!, principal.townId)
  authorize(
    principal,
    routes.resolveObjection.roles,
    villageTarget(await getVillage(objection.villageId, principal.townId)),
  )
  const month = await resolveObjection(
    actor,
    objection,
    body.decision,
    body.voidEntryIds ?? [],
    body.note,
  )
  return { id: objection.id, status: body.decision, month: monthView(month) }
})
