import { monthRoutes } from '@jifenbao/shared'
import { getObjection } from '../data/objections'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { monthView, resolveObjection } from '../services/month'

export const handler = http(
  monthRoutes.resolveObjection,
  async ({ principal, actor, params, body }) => {
    const objection = await getObjection(params.id, principal.townId)
    authorize(
      principal,
      monthRoutes.resolveObjection.roles,
      villageTarget(await getVillage(objection.villageId, principal.townId)),
    )
    const month = await resolveObjection(
      actor,
      objection,
      body.decision,
      body.voidEntryIds ?? [],
      body.note,
    )
    return { id: objection.id, status: body.decision, month: monthView(month, actor.now) }
  },
)
