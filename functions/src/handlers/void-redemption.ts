import { shopRoutes } from '@jifenbao/shared'
import { getRedemption } from '../data/redemptions'
import { http } from '../lib/edge/http'
import { clerkShop, voidReceipt } from '../services/shop'

/** A clerk voids a receipt of the own shop on the day it was made. */
export const handler = http(
  shopRoutes.voidRedemption,
  async ({ principal, actor, params, body }) => {
    const receipt = await getRedemption(params.id, principal.townId)
    await clerkShop(principal, receipt.shopId)
    const posting = await voidReceipt(actor, receipt, body.reason)
    return {
      id: receipt.id,
      status: 'voided' as const,
      balanceAfter: posting.balanceAfter,
    }
  },
)
