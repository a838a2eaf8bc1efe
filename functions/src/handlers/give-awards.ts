import { routes } from '../contract'
import { http } from '../lib/http'
import { giveAwards, unitView } from '../services/quarter'

export const handler = http(routes.giveAwards, async ({ actor, params }) => {
  const awards = await giveAwards(actor, params.quarter!)
  return {
    quarter: awards.quarter,
    grids: awards.grids.map(unitView),
    groups: awards.groups.map(unitView),
  }
})
