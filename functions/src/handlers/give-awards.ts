import { routes } from '../contract'
import { http } from '../lib/http'
import { giveAwards } from '../services/quarter'

export const handler = http(routes.giveAwards, async ({ actor, params }) => {
  const awards = await giveAwards(actor, params.quarter!)
  const view = ({
    id,
    name,
    villageId,
    total,
    rank,
    tier,
    award,
  }: (typeof awards.grids)[number]) => ({ id, name, villageId, total, rank, tier, award })
  return { quarter: awards.quarter, grids: awards.grids.map(view), groups: awards.groups.map(view) }
})
