import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { roundView } from '../services/welfare'

/** A welfare round: who is eligible, who is excluded and why, what was given. */
export const handler = http(lifeRoutes.getWelfareRound, async ({ principal, params, now }) =>
  roundView(principal, params.id, now),
)
