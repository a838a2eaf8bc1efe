import { lifeRoutes, NOTICE_WRITERS } from '@jifenbao/shared'
import { postNotice } from '../data/notices'
import { getVillage } from '../data/org'
import { authorizeWithin } from '../lib/access/placement'
import { http } from '../lib/edge/http'

/** A leader of the village (of it, or of a grid in it) or the town posts a notice to it. */
export const handler = http(lifeRoutes.createNotice, async ({ principal, actor, params, body }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeWithin(principal, NOTICE_WRITERS, village)
  const { id } = await postNotice(actor, principal.name, village.id, body)
  return { id }
})
