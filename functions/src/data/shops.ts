import { ulid } from 'ulid'
import { create, getInTown, type Op } from './tx'

export type ShopKind = 'supermarket' | 'bank' | 'telecom' | 'fuel' | 'other'

/** A 共富超市 serves its villages; a partner unit (bank, telecom …) serves the whole town. */
export interface ShopItem {
  id: string
  townId: string
  name: string
  kind: ShopKind
  /** null: serves every village of the town. */
  villageIds: string[] | null
}

const shopKey = (id: string) => ({ PK: `SHOP#${id}`, SK: 'SHOP' })

export function createShopOps(
  shop: Omit<ShopItem, 'id'>,
  items: { name: string; price: number; stock?: number }[],
): { shop: ShopItem; ops: Op[] } {
  const created: ShopItem = { id: ulid(), ...shop }
  return {
    shop: created,
    ops: [
      create({
        ...shopKey(created.id),
        GSI1PK: `TOWN#${shop.townId}`,
        GSI1SK: `SHOP#${created.id}`,
        ...created,
      }),
      ...items.map((item) => {
        const id = ulid()
        return create({
          PK: shopKey(created.id).PK,
          SK: `ITEM#${id}`,
          id,
          shopId: created.id,
          townId: shop.townId,
          stock: null,
          ...item,
        })
      }),
    ],
  }
}

export const getShop = (id: string, townId: string) =>
  getInTown<ShopItem>(shopKey(id), townId, { zh: '商店', en: 'shop' })
