import { routes } from '../contract'
import { http } from '../lib/http'
import { quarterRankings } from '../services/quarter'

export const handler = http(routes.quarterRankings, async ({ principal, params, query }) => {
  const { complete, items } = await quarterRankings(principal.townId, params.quarter!, query.level)
  return {
    complete,
    items: items.map(({ id, name, villageId, total, rank, tier }) => ({
      id,
      name,
      villageId,
      total,
      rank,
      tier,
    })),
    cursor: null,
  }
})
