import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { checkInCode } from '../services/activities'

/** The organiser's check-in code of the minute, while the activity is on. */
export const handler = http(lifeRoutes.issueCheckInCode, async ({ principal, params, now }) =>
  checkInCode(principal, params.id, now),
)
