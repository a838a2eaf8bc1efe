import { orgRoutes } from '@jifenbao/shared'
import { getVillage, villageStructure } from '../data/org'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'

/** The village's tree with household counts; anyone whose scope lies inside the village may read it. */
export const handler = http(orgRoutes.getVillage, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const { grids, groups, households } = await villageStructure(village.id)
  const count = (groupId: string) => households.filter((h) => h.groupId === groupId).length
  return {
    id: village.id,
    name: village.name,
    grids: grids.map((grid) => ({
      id: grid.id,
      name: grid.name,
      groups: groups
        .filter((g) => g.gridId === grid.id)
        .map((g) => ({ id: g.id, name: g.name, households: count(g.id) })),
    })),
  }
})
