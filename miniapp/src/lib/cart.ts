/** Goods a clerk can put in the cart. */
export interface Goods {
  id: string
  name: string
  price: number
  stock: number | null
}

/** itemId → quantity. */
export type Cart = Record<string, number>

/** One more of an item, never beyond what is in stock; one less, and gone at zero. */
export function addOne(cart: Cart, goods: Goods): Cart {
  const qty = (cart[goods.id] ?? 0) + 1
  if (goods.stock !== null && qty > goods.stock) return cart
  return { ...cart, [goods.id]: qty }
}

export function removeOne(cart: Cart, itemId: string): Cart {
  const { [itemId]: qty = 0, ...rest } = cart
  return qty > 1 ? { ...rest, [itemId]: qty - 1 } : rest
}

/** The redemption's lines, in the order the goods are listed. */
export const cartLines = (cart: Cart, goods: Goods[]) =>
  goods.filter((g) => cart[g.id]).map((g) => ({ itemId: g.id, qty: cart[g.id]! }))

export const cartTotal = (cart: Cart, goods: Goods[]) =>
  goods.reduce((sum, g) => sum + g.price * (cart[g.id] ?? 0), 0)
