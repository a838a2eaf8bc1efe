import { routes } from '../contract'
import { getVillage } from '../data/org'
import { createShop } from '../data/shops'
import { created, http } from '../lib/http'

export const handler = http(routes.createShop, async ({ actor, principal, body }) => {
  for (const villageId of body.villageIds ?? []) await getVillage(villageId, principal.townId)
  const shop = await createShop(actor, {
    name: body.name,
    kind: body.kind,
    villageIds: body.villageIds ?? null,
  })
  return created({ id: shop.id })
})
