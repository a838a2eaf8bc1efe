import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { activityView, readableActivity } from '../services/activities'

/** An activity, with its status and how many households checked in. */
export const handler = http(lifeRoutes.getActivity, async ({ principal, params, now }) =>
  activityView(await readableActivity(principal, params.id), now),
)
