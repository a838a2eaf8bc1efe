import { routes } from '../contract'
import { getBalance, ledgerPage } from '../data/ledger'
import { getHousehold } from '../data/org'
import { http } from '../lib/http'
import { householdTarget } from '../lib/placement'
import { authorize } from '../lib/scope'

export const handler = http(routes.getLedger, async ({ principal, params, query }) => {
  const household = await getHousehold(params.householdId!, principal.townId)
  authorize(principal, routes.getLedger.roles, householdTarget(household))
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
