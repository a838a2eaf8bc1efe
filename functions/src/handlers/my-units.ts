import { type Role, authRoutes } from '@jifenbao/shared'
import { getGrid, getGroup, getHousehold, getVillage } from '../data/org'
import { getShop } from '../data/shops'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'

/** The unit a role is scoped to: its name, and the village it lies in (none for shops and the town). */
async function unitOf(role: Role, scopeId: string, townId: string) {
  switch (role) {
    case 'villager': {
      const h = await getHousehold(scopeId, townId)
      return { name: `${h.headName}户`, villageId: h.villageId }
    }
    case 'linkLeader':
      return getGroup(scopeId, townId)
    case 'gridLeader':
      return getGrid(scopeId, townId)
    case 'villageLeader':
    case 'infoAdmin':
    case 'reviewBoard': {
      const v = await getVillage(scopeId, townId)
      return { name: v.name, villageId: v.id }
    }
    case 'clerk':
      return { name: (await getShop(scopeId, townId)).name, villageId: null }
    case 'townAdmin':
      return { name: (await getTown(townId)).name, villageId: null }
  }
}

/** What the app's role switcher shows: 「东尉村 · 第一联户小组 · 联户小组长」. */
export const handler = http(authRoutes.myUnits, async ({ principal }) => {
  const units = await Promise.all(
    principal.roles.map(async ({ role, scopeId }) => {
      const { name, villageId } = await unitOf(role, scopeId, principal.townId)
      return { role, scopeId, name, villageId }
    }),
  )
  const villageNames = new Map(
    await Promise.all(
      [...new Set(units.flatMap((u) => (u.villageId ? [u.villageId] : [])))].map(
        async (id) => [id, (await getVillage(id, principal.townId)).name] as const,
      ),
    ),
  )
  return {
    items: units.map((u) => ({
      ...u,
      villageName: u.villageId ? (villageNames.get(u.villageId) ?? null) : null,
    })),
    cursor: null,
  }
})
