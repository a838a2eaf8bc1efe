import { ulid } from 'ulid'
import { beanRoutes } from '@jifenbao/shared'
import { adjust } from '../data/ledger'
import { getHousehold } from '../data/org'
import { http } from '../lib/edge/http'

export const handler = http(
  beanRoutes.createAdjustment,
  async ({ principal, actor, params, body }) => {
    const household = await getHousehold(params.householdId, principal.townId)
    const { id, kind, amount, balanceAfter, source, at } = await adjust(
      actor,
      household,
      ulid(),
      body.amount,
      body.reason,
    )
    return { id, kind, amount, balanceAfter, source, at }
  },
)
