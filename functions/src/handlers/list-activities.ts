import { lifeRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { activityView, monthActivities } from '../services/activities'

/** The village's activities of a month, soonest first. */
export const handler = http(
  lifeRoutes.listActivities,
  async ({ principal, params, query, now }) => ({
    items: (await monthActivities(principal, params.villageId, query.month)).map((a) =>
      activityView(a, now),
    ),
    cursor: null,
  }),
)
