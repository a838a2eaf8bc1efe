import { addDays, dateOf } from '@jifenbao/shared'
import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { auditOf, commit, create, getInTown, queryAll } from './tx'

export type RestrictionType = 'no_honours' | 'no_redemption' | 'no_welfare'

/** A negative-list measure on a household (负面惩戒清单), in force from `from` to `to`. */
export interface RestrictionItem {
  id: string
  townId: string
  villageId: string
  householdId: string
  type: RestrictionType
  reason: string
  from: string
  to: string | null
  appliedBy: string
  appliedAt: string
  lifted: { by: string; at: string; reason: string } | null
}

const restrictionKey = (id: string) => ({ PK: `RESTR#${id}`, SK: 'RESTR' })

export const getRestriction = (id: string, townId: string) =>
  getInTown<RestrictionItem>(restrictionKey(id), townId, { zh: '限制措施', en: 'restriction' })

export async function applyRestriction(
  actor: Actor,
  fields: Pick<RestrictionItem, 'villageId' | 'householdId' | 'type' | 'reason' | 'from'> & {
    to?: string
  },
): Promise<RestrictionItem> {
  const restriction: RestrictionItem = {
    id: ulid(),
    townId: actor.townId,
    ...fields,
    to: fields.to ?? null,
    appliedBy: actor.personId,
    appliedAt: actor.now.toISOString(),
    lifted: null,
  }
  await commit(
    [
      create({
        ...restrictionKey(restriction.id),
        GSI1PK: `RESTRS#${fields.householdId}`,
        GSI1SK: restriction.id,
        GSI2PK: `RESTRS#${actor.townId}`,
        GSI2SK: `${restriction.from}#${restriction.id}`,
        ...restriction,
      }),
    ],
    [auditOf(actor, 'restriction.apply', fields.householdId, null, restriction)],
  )
  return restriction
}

export async function liftRestriction(
  actor: Actor,
  restriction: RestrictionItem,
  reason: string,
): Promise<void> {
  const lifted = { by: actor.personId, at: actor.now.toISOString(), reason }
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: restrictionKey(restriction.id),
            UpdateExpression: 'SET lifted = :l',
            ConditionExpression: 'lifted = :none',
            ExpressionAttributeValues: { ':l': lifted, ':none': null },
          },
        },
        onConditionFailed: () => Refused.restrictionLifted(),
      },
    ],
    [
      auditOf(actor, 'restriction.lift', restriction.householdId, restriction, {
        ...restriction,
        lifted,
      }),
    ],
  )
}

export const restrictionsOf = (householdId: string) =>
  queryAll<RestrictionItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': `RESTRS#${householdId}` },
  })

/** The town's restrictions that begin by a Shanghai date, lifted or not (one query a town). */
export const townRestrictions = (townId: string, by: string) =>
  queryAll<RestrictionItem>({
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :by',
    ExpressionAttributeValues: { ':pk': `RESTRS#${townId}`, ':by': `${by}~` },
  })

/** Whether a restriction holds on a Shanghai date. */
export const inForce = (r: RestrictionItem, day: string) =>
  !r.lifted && r.from <= day && (r.to === null || day <= r.to)

/** Whether a restriction was in force on some day from–to (Shanghai dates, inclusive). */
export const activeBetween = (r: RestrictionItem, from: string, to: string) => {
  const lastDay = [r.to ?? to, r.lifted ? addDays(dateOf(r.lifted.at), -1) : to, to].sort()[0]!
  return r.from <= lastDay && from <= lastDay
}
