import { monthRoutes } from '@jifenbao/shared'
import { getEntry } from '../data/entries'
import { fileObjection } from '../data/objections'
import { getHousehold, getVillage } from '../data/org'
import { ForbiddenError, ValidationError } from '../lib/ground/errors'
import { http } from '../lib/edge/http'

/** A member of a household of the village objects, naming the month and optionally an entry. */
export const handler = http(
  monthRoutes.createObjection,
  async ({ principal, actor, params, body }) => {
    const village = await getVillage(params.villageId, principal.townId)
    const household = await getHousehold(body.householdId, principal.townId)
    if (household.id !== principal.householdId)
      throw new ForbiddenError('只能为本户提出异议', 'you may object only for your own household')
    if (household.villageId !== village.id)
      throw new ValidationError([
        { path: 'householdId', message: '该户不属于此村 / the household is not of this village' },
      ])
    if (body.entryId) {
      const entry = await getEntry(body.entryId, principal.townId)
      if (entry.villageId !== village.id || entry.month !== params.month) {
        throw new ValidationError([
          { path: 'entryId', message: '该记录不属于此月 / the entry is not of this village-month' },
        ])
      }
    }
    const objection = await fileObjection(actor, {
      villageId: village.id,
      month: params.month,
      householdId: household.id,
      entryId: body.entryId ?? null,
      reason: body.reason,
    })
    return { id: objection.id }
  },
)
