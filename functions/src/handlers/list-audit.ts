import { dateOf, townRoutes } from '@jifenbao/shared'
import { auditOfDay, auditOfTarget } from '../data/audit'
import { namesOf } from '../data/people'
import { http } from '../lib/edge/http'

export const handler = http(townRoutes.listAudit, async ({ principal, query, now }) => {
  const { targetId, actor, action, date, cursor } = query
  // The filters combine: an object's trail narrowed by who, what and when, or a day's by who and what.
  const page = targetId
    ? await auditOfTarget(principal.townId, targetId, { actor, action, date }, cursor)
    : await auditOfDay(principal.townId, date ?? dateOf(now), { actor, action }, cursor)
  // Who acted, by name: the office reads a trail of people, not of ids.
  const names = await namesOf(
    page.items.map((i) => i.actor),
    principal.townId,
  )
  return {
    items: page.items.map(({ actor, action, targetId, at, before, after, requestId }) => ({
      actor,
      actorName: names.get(actor) ?? null,
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
