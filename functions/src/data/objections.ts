import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { monthKey } from './months'
import { objectionFiledOp } from './stats'
import { auditOf, commit, create, getInTown, queryAll, type Op } from './tx'

export interface ObjectionItem {
  id: string
  townId: string
  villageId: string
  month: string
  householdId: string
  entryId: string | null
  reason: string
  by: string
  at: string
  status: 'open' | 'upheld' | 'dismissed'
  resolution: { note: string; voidEntryIds: string[]; by: string; at: string } | null
}

const objectionKey = (id: string) => ({ PK: `OBJ#${id}`, SK: 'OBJ' })

export const getObjection = (id: string, townId: string) =>
  getInTown<ObjectionItem>(objectionKey(id), townId, { zh: '异议', en: 'objection' })

const windowClosed = () => Refused.objectionsClosed()

/** Files an objection while the month is published and its window is open (counted on the month). */
export async function fileObjection(
  actor: Actor,
  fields: Pick<ObjectionItem, 'villageId' | 'month' | 'householdId' | 'entryId' | 'reason'>,
): Promise<ObjectionItem> {
  const objection: ObjectionItem = {
    id: ulid(),
    townId: actor.townId,
    ...fields,
    by: actor.personId,
    at: actor.now.toISOString(),
    status: 'open',
    resolution: null,
  }
  await commit(
    [
      create({
        ...objectionKey(objection.id),
        GSI1PK: `OBJS#${fields.villageId}#${fields.month}`,
        GSI1SK: objection.id,
        ...objection,
      }),
      {
        write: {
          Update: {
            TableName: table(),
            Key: monthKey(fields.villageId, fields.month),
            UpdateExpression: 'ADD openObjections :one, objectionsRaised :one',
            ConditionExpression: '#s = :published AND objectionDeadline > :now',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':published': 'published',
              ':now': objection.at,
            },
          },
        },
        onConditionFailed: windowClosed,
      },
      objectionFiledOp(fields.villageId, fields.month),
    ],
    [auditOf(actor, 'objection.file', objection.id, null, objection)],
  )
  return objection
}

export const listObjections = (villageId: string, month: string) =>
  queryAll<ObjectionItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': `OBJS#${villageId}#${month}` },
  })

/** The write that closes an open objection with its decision. */
export function resolutionOp(
  o: ObjectionItem,
  status: 'upheld' | 'dismissed',
  resolution: NonNullable<ObjectionItem['resolution']>,
): Op {
  return {
    write: {
      Update: {
        TableName: table(),
        Key: objectionKey(o.id),
        UpdateExpression: 'SET #s = :s, resolution = :r',
        ConditionExpression: '#s = :open',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': status, ':r': resolution, ':open': 'open' },
      },
    },
    onConditionFailed: () => Refused.objectionResolved(),
  }
}
