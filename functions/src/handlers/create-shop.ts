import { shopRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { createShop } from '../data/shops'
import { http } from '../lib/edge/http'

export const handler = http(shopRoutes.createShop, async ({ actor, principal, body }) => {
  for (const villageId of body.villageIds ?? []) await getVillage(villageId, principal.townId)
  const shop = await createShop(actor, {
    name: body.name,
    kind: body.kind,
    villageIds: body.villageIds ?? null,
  })
  return { id: shop.id }
})
