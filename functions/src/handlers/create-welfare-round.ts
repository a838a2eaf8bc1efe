import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { openRound } from '../services/welfare'

/** The town, or a village leader for the village, opens a welfare round. */
export const handler = http(lifeRoutes.createWelfareRound, async ({ principal, actor, body }) => ({
  id: (await openRound(actor, principal, body)).id,
}))
