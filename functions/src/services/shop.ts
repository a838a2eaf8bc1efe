import { dateOf, maskName } from '@jifenbao/shared'
import { getBalance } from '../data/ledger'
import { codeUsed, nonceSpent } from '../data/redemptions'
import { getHousehold, type HouseholdItem } from '../data/org'
import { inForce, restrictionsOf } from '../data/restrictions'
import { getShop, type ShopItem } from '../data/shops'
import type { Actor, Principal } from '../lib/context'
import { DomainError, ForbiddenError } from '../lib/errors'
import { verifyPayCode, type PayCode } from '../lib/paycode'
import { authorize } from '../lib/scope'

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
  if (await nonceSpent(payCode.nonce)) throw codeUsed()
  const household = await getHousehold(payCode.householdId, actor.townId)
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
    throw new DomainError(
      403,
      'RESTRICTED',
      '该户目前被限制兑换（负面惩戒清单），请联系村委会',
      'the household may not redeem beans now (negative list): ask the village committee',
    )
  }
  return { payCode, household }
}

/** What the clerk sees after a scan: a masked name and the balance. */
export const preview = async (household: HouseholdItem) => ({
  householdId: household.id,
  headName: maskName(household.headName),
  balance: await getBalance(household.id),
})
