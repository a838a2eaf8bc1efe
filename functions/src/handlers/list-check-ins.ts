import { lifeRoutes } from '@jifenbao/shared'
import { activityCheckIns } from '../data/activities'
import { http } from '../lib/edge/http'
import { organisedActivity } from '../services/activities'

/** The households checked in so far, in the order they came, for the organiser. */
export const handler = http(lifeRoutes.listCheckIns, async ({ principal, params }) => {
  const activity = await organisedActivity(principal, params.id)
  const checkIns = await activityCheckIns(activity.id)
  return {
    items: checkIns
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(({ householdId, headName, at }) => ({ householdId, headName, at })),
  }
})
