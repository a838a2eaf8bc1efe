import { addDays, dayStart } from '@jifenbao/shared'
import type { AuditRecord } from './tx'
import { queryPage } from './tx'

/** What the office narrows the audit trail to: who did it, which action, which Shanghai day. */
export interface AuditFilter {
  actor?: string
  action?: string
  date?: string
}

/**
 * A query of one audit partition (`pk` on the key `keyName`), newest first, narrowed by the
 * filter and by fields that must equal (the town, where the partition is not the town's).
 */
function narrowed(
  keyName: 'PK' | 'GSI1PK',
  pk: string,
  { date, ...filter }: AuditFilter & { townId?: string },
) {
  const equal = Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined)
  const terms = equal.map(([name]) => `#${name} = :${name}`)
  const names: Record<string, string> = Object.fromEntries(equal.map(([n]) => [`#${n}`, n]))
  const values: Record<string, string> = Object.fromEntries(equal.map(([n, v]) => [`:${n}`, v]))
  if (date) {
    terms.push('#at BETWEEN :from AND :to')
    names['#at'] = 'at'
    values[':from'] = dayStart(date).toISOString()
    values[':to'] = new Date(dayStart(addDays(date, 1)).getTime() - 1).toISOString()
  }
  return {
    ...(keyName === 'GSI1PK' && { IndexName: 'GSI1' }),
    KeyConditionExpression: `${keyName} = :pk`,
    ...(terms.length > 0 && {
      FilterExpression: terms.join(' AND '),
      ExpressionAttributeNames: names,
    }),
    ExpressionAttributeValues: { ...values, ':pk': pk },
    ScanIndexForward: false,
  }
}

/** The audit trail of one object (newest first), only ever the caller's town's. */
export const auditOfTarget = (
  townId: string,
  targetId: string,
  filter: AuditFilter,
  cursor: string | undefined,
) => queryPage<AuditRecord>(narrowed('PK', `AUDIT#${targetId}`, { ...filter, townId }), cursor)

/**
 * A town's audit trail of one Shanghai day, narrowed by actor and action: GSI1 is
 * partitioned per town and day, so no key runs hot.
 */
export const auditOfDay = (
  townId: string,
  day: string,
  filter: Omit<AuditFilter, 'date'>,
  cursor: string | undefined,
) => queryPage<AuditRecord>(narrowed('GSI1PK', `AUDIT#${townId}#${day}`, filter), cursor)
