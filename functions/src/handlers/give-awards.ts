import { recognitionRoutes } from '@jifenbao/shared'
import { jobQueue } from '../adapters/queue'
import { http } from '../lib/edge/http'
import { giveAwards, unitView } from '../services/quarter'

export const handler = http(recognitionRoutes.giveAwards, async ({ actor, params }) => {
  const awards = await giveAwards(actor, params.quarter, await jobQueue())
  return {
    quarter: awards.quarter,
    grids: awards.grids.map(unitView),
    groups: awards.groups.map(unitView),
  }
})
