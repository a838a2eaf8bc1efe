import { dateOf } from '@jifenbao/shared'
import { routes } from '../contract'
import { getRedemption, voidRedemption } from '../data/redemptions'
import { ConflictError } from '../lib/errors'
import { http } from '../lib/http'
import { clerkShop } from '../services/shop'

/** A clerk voids a receipt of the own shop on the day it was made. */
export const handler = http(routes.voidRedemption, async ({ principal, actor, params, body }) => {
  const receipt = await getRedemption(params.id!, principal.townId)
  await clerkShop(principal, receipt.shopId)
  if (receipt.voided)
    throw new ConflictError('该兑换已撤销', 'the redemption is already voided', 'INVALID_STATE')
  if (receipt.day !== dateOf(actor.now))
    throw new ConflictError(
      '只能撤销当天的兑换',
      'only a redemption of today can be voided',
      'INVALID_STATE',
    )
  const posting = await voidRedemption(actor, receipt, body.reason)
  return { id: receipt.id, status: 'voided', balanceAfter: posting?.balanceAfter ?? null }
})
