import type { AuditRecord } from './tx'
import { queryPage } from './tx'

/** The audit trail of one object (newest first), only ever the caller's town's. */
export async function auditOfTarget(townId: string, targetId: string, cursor: string | undefined) {
  return queryPage<AuditRecord>(
    {
      KeyConditionExpression: 'PK = :pk',
      FilterExpression: 'townId = :town',
      ExpressionAttributeValues: { ':pk': `AUDIT#${targetId}`, ':town': townId },
      ScanIndexForward: false,
    },
    cursor,
  )
}

/** A town's audit trail of one Shanghai day: GSI1 is partitioned per town and day, so no key runs hot. */
export async function auditOfDay(townId: string, day: string, cursor: string | undefined) {
  return queryPage<AuditRecord>(
    {
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': `AUDIT#${townId}#${day}` },
      ScanIndexForward: false,
    },
    cursor,
  )
}
