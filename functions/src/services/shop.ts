import { ulid } from 'ulid'
import { dateOf, maskName } from '@jifenbao/shared'
import { getBalance } from '../data/ledger'
import {
  linesOf,
  nonceSpent,
  redeem,
  voidRedemption,
  type RedemptionItem,
} from '../data/redemptions'
import { getShop, listGoods, type ShopItem } from '../data/shops'
import { getHousehold, type HouseholdItem } from '../data/org'
import { getPerson } from '../data/people'
import { inForce, restrictionsOf } from '../data/restrictions'
import type { Actor, Principal } from '../lib/ground/context'
import { ForbiddenError, ValidationError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import { verifyPayCode, type PayCode } from '../lib/ground/paycode'
import { authorize } from '../lib/access/scope'

/** The clerk's own shop: clerks of another shop are refused. */
export async function clerkShop(principal: Principal, shopId: string): Promise<ShopItem> {
  const shop = await getShop(shopId, principal.townId)
  authorize(principal, ['clerk'], { townId: shop.townId, shopId: shop.id })
  return shop
}

/**
 * Who a scanned pay code says is paying, once the code is genuine and current, the shop
 * serves the household's village and no `no_redemption` restriction is in force.
 */
export async function payer(
  actor: Actor,
  shop: ShopItem,
  code: string,
): Promise<{ payCode: PayCode; household: HouseholdItem }> {
  const payCode = verifyPayCode(code, actor.now)
  if (await nonceSpent(payCode.nonce)) throw Refused.payCodeUsed()
  const household = await getHousehold(payCode.householdId, actor.townId)
  if ((await getPerson(payCode.memberId, actor.townId)).left) throw Refused.personLeft()
  if (shop.villageIds && !shop.villageIds.includes(household.villageId)) {
    throw new ForbiddenError(
      '本店不服务该村村民',
      'this shop does not serve the household’s village',
    )
  }
  const today = dateOf(actor.now)
  if (
    (await restrictionsOf(household.id)).some(
      (r) => r.type === 'no_redemption' && inForce(r, today),
    )
  ) {
    throw Refused.redemptionRestricted()
  }
  return { payCode, household }
}

/** What the clerk sees after a scan: a masked name and the balance. */
export const preview = async (household: HouseholdItem) => ({
  householdId: household.id,
  headName: maskName(household.headName),
  balance: await getBalance(household.id),
})

/**
 * Spends a pay code on goods of the shop, in one atomic write: the lines priced from the
 * shop's active goods (an unknown item is a 400), the balance and stock guarded.
 */
export async function buy(
  actor: Actor,
  shop: ShopItem,
  code: string,
  wanted: { itemId: string; qty: number }[],
) {
  const { payCode, household } = await payer(actor, shop, code)
  const goods = (await listGoods(shop.id)).filter((g) => g.active)
  const unknown = wanted.find((l) => !goods.some((g) => g.id === l.itemId))
  if (unknown)
    throw new ValidationError([
      { path: 'lines', message: `本店没有商品 ${unknown.itemId} / no such item in this shop` },
    ])
  const lines = linesOf(goods, wanted)
  return redeem(
    actor,
    {
      id: ulid(),
      shopId: shop.id,
      householdId: household.id,
      villageId: household.villageId,
      headName: maskName(household.headName),
      memberId: payCode.memberId,
      lines,
      total: lines.reduce((sum, l) => sum + l.beans, 0),
    },
    payCode.nonce,
  )
}

/** Voids a receipt of the day it was made, once: beans and stock come back. */
export async function voidReceipt(actor: Actor, receipt: RedemptionItem, reason: string) {
  if (receipt.voided) throw Refused.redemptionVoided()
  if (receipt.day !== dateOf(actor.now)) throw Refused.voidNotToday()
  const villageId =
    receipt.villageId ?? (await getHousehold(receipt.householdId, actor.townId)).villageId
  // Another void of the same receipt got there first: this one changed nothing.
  const posting = await voidRedemption(actor, { ...receipt, villageId }, reason)
  if (!posting) throw Refused.redemptionVoided()
  return posting
}
