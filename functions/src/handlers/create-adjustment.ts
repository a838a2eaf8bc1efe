import { ulid } from 'ulid'
import { routes } from '../contract'
import { adjust } from '../data/ledger'
import { getHousehold } from '../data/org'
import { created, http } from '../lib/http'

export const handler = http(routes.createAdjustment, async ({ principal, actor, params, body }) => {
  const household = await getHousehold(params.householdId!, principal.townId)
  const { id, kind, amount, balanceAfter, source, at } = await adjust(
    actor,
    household.id,
    ulid(),
    body.amount,
    body.reason,
  )
  return created({ id, kind, amount, balanceAfter, source, at })
})
