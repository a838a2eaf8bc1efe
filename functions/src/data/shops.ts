import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { NotFoundError } from '../lib/ground/errors'
import {
  auditOf,
  commit,
  create,
  getInTown,
  getItem,
  queryAll,
  setFieldsOp,
  withoutKeys,
  type Op,
} from './tx'

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

/** Goods or a service a shop gives for beans; `stock` null when not counted. */
export interface GoodsItem {
  id: string
  shopId: string
  townId: string
  name: string
  price: number
  stock: number | null
  active: boolean
}

const shopKey = (id: string) => ({ PK: `SHOP#${id}`, SK: 'SHOP' })
export const goodsKey = (shopId: string, itemId: string) => ({
  PK: `SHOP#${shopId}`,
  SK: `ITEM#${itemId}`,
})

export function createShopOps(
  shop: Omit<ShopItem, 'id'>,
  items: { name: string; price: number; stock?: number | null }[],
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
        const goods = goodsOf(created, item)
        return create({ ...goodsKey(created.id, goods.id), ...goods })
      }),
    ],
  }
}

function goodsOf(
  shop: ShopItem,
  item: { name: string; price: number; stock?: number | null },
): GoodsItem {
  return {
    id: ulid(),
    shopId: shop.id,
    townId: shop.townId,
    name: item.name,
    price: item.price,
    stock: item.stock ?? null,
    active: true,
  }
}

export async function createShop(
  actor: Actor,
  shop: Omit<ShopItem, 'id' | 'townId'>,
): Promise<ShopItem> {
  const { shop: created, ops } = createShopOps({ ...shop, townId: actor.townId }, [])
  await commit(ops, [auditOf(actor, 'shop.create', created.id, null, created)])
  return created
}

export const getShop = (id: string, townId: string) =>
  getInTown<ShopItem>(shopKey(id), townId, { zh: '商店', en: 'shop' })

export async function listShops(townId: string): Promise<ShopItem[]> {
  const items = await queryAll<ShopItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :sk)',
    ExpressionAttributeValues: { ':pk': `TOWN#${townId}`, ':sk': 'SHOP#' },
  })
  return items.map(withoutKeys)
}

export async function addGoods(
  actor: Actor,
  shop: ShopItem,
  item: { name: string; price: number; stock?: number | null },
): Promise<GoodsItem> {
  const goods = goodsOf(shop, item)
  await commit(
    [create({ ...goodsKey(shop.id, goods.id), ...goods })],
    [auditOf(actor, 'goods.create', goods.id, null, goods)],
  )
  return goods
}

export async function listGoods(shopId: string): Promise<GoodsItem[]> {
  const items = await queryAll<GoodsItem>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': `SHOP#${shopId}`, ':sk': 'ITEM#' },
  })
  return items.map(withoutKeys)
}

export async function getGoods(shopId: string, itemId: string): Promise<GoodsItem> {
  const item = await getItem<GoodsItem>(goodsKey(shopId, itemId))
  if (!item) throw new NotFoundError('商品', 'item')
  return withoutKeys(item)
}

export async function patchGoods(
  actor: Actor,
  goods: GoodsItem,
  patch: Partial<Pick<GoodsItem, 'name' | 'price' | 'stock' | 'active'>>,
): Promise<GoodsItem> {
  const after = { ...goods, ...patch }
  if (Object.keys(patch).length > 0) {
    await commit(
      [setFieldsOp(goodsKey(goods.shopId, goods.id), patch)],
      [auditOf(actor, 'goods.update', goods.id, goods, after)],
    )
  }
  return after
}
