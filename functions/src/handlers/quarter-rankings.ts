import { recognitionRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { quarterRankings, unitView } from '../services/quarter'

/** Rankings with medals; the award a medal carries is given only by POST …/awards. */
export const handler = http(
  recognitionRoutes.quarterRankings,
  async ({ principal, params, query }) => {
    const { complete, awarded, items } = await quarterRankings(
      principal.townId,
      params.quarter,
      query.level,
    )
    return { complete, awarded, items: items.map(unitView), cursor: null }
  },
)
