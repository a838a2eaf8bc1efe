import { recognitionRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { villageHonours } from '../services/honours'

export const handler = http(
  recognitionRoutes.yearHonours,
  async ({ principal, params, query, now }) => {
    const village = await getVillage(query.villageId, principal.townId)
    await authorizeInVillage(principal, village)
    return villageHonours(village, params.year, now)
  },
)
