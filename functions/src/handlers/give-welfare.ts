import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { giveWelfare } from '../services/welfare'

/** Records what an eligible household received in a round. */
export const handler = http(lifeRoutes.giveWelfare, async ({ principal, actor, params, body }) =>
  giveWelfare(actor, principal, params.id, body),
)
