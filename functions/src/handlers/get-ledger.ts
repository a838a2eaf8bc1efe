import { beanRoutes } from '@jifenbao/shared'
import { getBalance, ledgerPage } from '../data/ledger'
import { getHousehold } from '../data/org'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

export const handler = http(beanRoutes.getLedger, async ({ principal, params, query }) => {
  const household = await getHousehold(params.householdId, principal.townId)
  authorize(principal, beanRoutes.getLedger.roles, householdTarget(household))
  const [balance, page] = await Promise.all([
    getBalance(household.id),
    ledgerPage(household.id, query.cursor),
  ])
  return {
    balance,
    items: page.items.map(({ id, kind, amount, balanceAfter, source, at }) => ({
      id,
      kind,
      amount,
      balanceAfter,
      source,
      at,
    })),
    cursor: page.cursor,
  }
})
