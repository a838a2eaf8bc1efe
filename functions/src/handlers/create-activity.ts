import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { plan } from '../services/activities'

/** A leader of the village plans an activity. */
export const handler = http(
  lifeRoutes.createActivity,
  async ({ principal, actor, params, body }) => ({
    id: (await plan(principal, actor, params.villageId, body)).id,
  }),
)
