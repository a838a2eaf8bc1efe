import { dateOf, townRoutes } from '@jifenbao/shared'
import { auditOfDay, auditOfTarget } from '../data/audit'
import { http } from '../lib/edge/http'

export const handler = http(townRoutes.listAudit, async ({ principal, query, now }) => {
  const page = query.targetId
    ? await auditOfTarget(principal.townId, query.targetId, query.cursor)
    : await auditOfDay(principal.townId, query.date ?? dateOf(now), query.cursor)
  return {
    items: page.items.map(({ actor, action, targetId, at, before, after, requestId }) => ({
      actor,
      action,
      targetId,
      at,
      before,
      after,
      requestId,
    })),
    cursor: page.cursor,
  }
})
