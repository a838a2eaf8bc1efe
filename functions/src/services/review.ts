import { getEntry, reviewEntry, type EntryItem } from '../data/entries'
import { getIndicator } from '../data/indicators'
import type { Actor, Principal } from '../lib/ground/context'
import { ForbiddenError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import { entryTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'

/**
 * Approves or rejects a pending entry at village level. Four eyes: nobody reviews an entry
 * they submitted or reported, nor one for their own household (回避).
 */
export async function review(
  principal: Principal,
  actor: Actor,
  entryId: string,
  decision: 'approved' | 'rejected',
  reason: string | null,
): Promise<EntryItem> {
  const entry = await getEntry(entryId, actor.townId)
  authorize(principal, ['villageLeader', 'reviewBoard'], entryTarget(entry))
  if ([entry.submittedBy, entry.reportedBy].includes(principal.personId)) {
    throw new ForbiddenError(
      '不能审核自己提交或报告的记录',
      'you cannot review an entry you submitted or reported',
    )
  }
  if (entry.householdId === principal.householdId)
    throw new ForbiddenError('不能审核本户的记录', 'you cannot review your own household’s entry')
  if (entry.status !== 'pending') throw Refused.entryReviewed(entry.status)
  const { monthlyCap } = await getIndicator(actor.townId, entry.indicatorCode)
  await reviewEntry(actor, entry, decision, monthlyCap, reason)
  return { ...entry, status: decision, reviewedBy: actor.personId, reviewNote: reason }
}
