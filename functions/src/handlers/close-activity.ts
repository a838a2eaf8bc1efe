import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { closeActivity } from '../services/activities'

/** The organiser closes the activity into pending entries. */
export const handler = http(lifeRoutes.closeActivity, async ({ principal, actor, params }) =>
  closeActivity(principal, actor, params.id),
)
