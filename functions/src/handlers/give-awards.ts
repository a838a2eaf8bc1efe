import { recognitionRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { giveAwards, unitView } from '../services/quarter'

export const handler = http(recognitionRoutes.giveAwards, async ({ actor, params }) => {
  const awards = await giveAwards(actor, params.quarter)
  return {
    quarter: awards.quarter,
    grids: awards.grids.map(unitView),
    groups: awards.groups.map(unitView),
  }
})
