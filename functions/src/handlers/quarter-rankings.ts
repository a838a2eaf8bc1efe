import { routes } from '../contract'
import { http } from '../lib/http'
import { quarterRankings, unitView } from '../services/quarter'

/** Rankings with medals; the award a medal carries is given only by POST …/awards. */
export const handler = http(routes.quarterRankings, async ({ principal, params, query }) => {
  const { complete, items } = await quarterRankings(principal.townId, params.quarter!, query.level)
  return { complete, items: items.map(unitView), cursor: null }
})
