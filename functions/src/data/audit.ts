import { addDays, dayStart } from '@jifenbao/shared'
import type { AuditRecord } from './tx'
import { queryPage } from './tx'

/** What the office narrows the audit trail to: who did it, which action, which Shanghai day. */
export interface AuditFilter {
  actor?: string
  action?: string
  date?: string
}

/** The filter as a DynamoDB filter expression over what the key already narrowed. */
function filterOf(f: AuditFilter, always: Record<string, string> = {}) {
  const terms: string[] = Object.keys(always).map((name) => `#${name} = :${name}`)
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(always).map(([name, v]) => [`:${name}`, v]),
  )
  const names: Record<string, string> = Object.fromEntries(
    Object.keys(always).map((name) => [`#${name}`, name]),
  )
  for (const field of ['actor', 'action'] as const) {
    if (f[field] === undefined) continue
    terms.push(`#${field} = :${field}`)
    names[`#${field}`] = field
    values[`:${field}`] = f[field]
  }
  if (f.date) {
    terms.push('#at BETWEEN :from AND :to')
    names['#at'] = 'at'
    values[':from'] = dayStart(f.date).toISOString()
    values[':to'] = new Date(dayStart(addDays(f.date, 1)).getTime() - 1).toISOString()
  }
  return terms.length === 0
    ? {}
    : {
        FilterExpression: terms.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }
}

/** The audit trail of one object (newest first), only ever the caller's town's. */
export async function auditOfTarget(
  townId: string,
  targetId: string,
  filter: AuditFilter,
  cursor: string | undefined,
) {
  const filtered = filterOf(filter, { townId })
  return queryPage<AuditRecord>(
    {
      KeyConditionExpression: 'PK = :pk',
      ...filtered,
      ExpressionAttributeValues: {
        ...filtered.ExpressionAttributeValues,
        ':pk': `AUDIT#${targetId}`,
      },
      ScanIndexForward: false,
    },
    cursor,
  )
}

/**
 * A town's audit trail of one Shanghai day, narrowed by actor and action: GSI1 is
 * partitioned per town and day, so no key runs hot.
 */
export async function auditOfDay(
  townId: string,
  day: string,
  filter: Omit<AuditFilter, 'date'>,
  cursor: string | undefined,
) {
  const filtered = filterOf(filter)
  return queryPage<AuditRecord>(
    {
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ...filtered,
      ExpressionAttributeValues: {
        ...filtered.ExpressionAttributeValues,
        ':pk': `AUDIT#${townId}#${day}`,
      },
      ScanIndexForward: false,
    },
    cursor,
  )
}
