import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { auditOf, commit, create, getInTown, getItem, queryAll, type Op } from './tx'

/** An activity of a village (SPEC §8a), and once closed what its closing made. */
export interface ActivityItem {
  id: string
  townId: string
  villageId: string
  title: string
  indicatorCode: string
  startsAt: string
  endsAt: string
  place: string | null
  note: string | null
  organiser: string
  createdAt: string
  checkIns: number
  closed?: { at: string; by: string; entries: number; skipped: string[] }
}

/** A household checked in, by one of its members; `entryId` once closing made its entry. */
export interface CheckInItem {
  householdId: string
  headName: string
  memberId: string
  at: string
  entryId?: string
}

const activityKey = (id: string) => ({ PK: `ACT#${id}`, SK: 'ACT' })
const checkInKey = (id: string, householdId: string) => ({
  PK: `ACT#${id}`,
  SK: `IN#${householdId}`,
})

export const getActivity = (id: string, townId: string) =>
  getInTown<ActivityItem>(activityKey(id), townId, { zh: '活动', en: 'activity' })

export async function planActivity(
  actor: Actor,
  fields: Omit<ActivityItem, 'id' | 'townId' | 'organiser' | 'createdAt' | 'checkIns'>,
): Promise<ActivityItem> {
  const activity: ActivityItem = {
    id: ulid(),
    townId: actor.townId,
    ...fields,
    organiser: actor.personId,
    createdAt: actor.now.toISOString(),
    checkIns: 0,
  }
  await commit(
    [
      create({
        ...activityKey(activity.id),
        GSI1PK: `ACTS#${activity.villageId}`,
        GSI1SK: `${activity.startsAt}#${activity.id}`,
        ...activity,
      }),
    ],
    [auditOf(actor, 'activity.plan', activity.id, null, activity)],
  )
  return activity
}

/** A village's activities starting from–to (ISO instants), soonest first. */
export const villageActivities = (villageId: string, from: string, to: string) =>
  queryAll<ActivityItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': `ACTS#${villageId}`, ':from': from, ':to': `${to}~` },
  })

export const activityCheckIns = (id: string) =>
  queryAll<CheckInItem>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :in)',
    ExpressionAttributeValues: { ':pk': activityKey(id).PK, ':in': 'IN#' },
  })

class CheckedInBefore extends Error {}

/**
 * Checks a household in once, counted on the activity while it is not closed. Answers the
 * household's check-in, and whether it is this one (not one made before).
 */
export async function recordCheckIn(
  actor: Actor,
  activity: ActivityItem,
  checkIn: CheckInItem,
): Promise<{ checkIn: CheckInItem; first: boolean }> {
  try {
    await commit(
      [
        create(
          { ...checkInKey(activity.id, checkIn.householdId), ...checkIn },
          () => new CheckedInBefore(),
        ),
        {
          write: {
            Update: {
              TableName: table(),
              Key: activityKey(activity.id),
              UpdateExpression: 'ADD checkIns :one',
              ConditionExpression: 'attribute_not_exists(closed)',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          onConditionFailed: () => Refused.activityNotOn(),
        },
      ],
      [auditOf(actor, 'activity.checkIn', activity.id, null, checkIn)],
    )
    return { checkIn, first: true }
  } catch (err) {
    if (!(err instanceof CheckedInBefore)) throw err
    const before = await getItem<CheckInItem>(checkInKey(activity.id, checkIn.householdId))
    return { checkIn: before!, first: false }
  }
}

/** Marks a check-in as entered, in the transaction that writes its entry (once). */
export const enteredOp = (activityId: string, householdId: string, entryId: string): Op => ({
  write: {
    Update: {
      TableName: table(),
      Key: checkInKey(activityId, householdId),
      UpdateExpression: 'SET entryId = :e',
      ConditionExpression: 'attribute_not_exists(entryId)',
      ExpressionAttributeValues: { ':e': entryId },
    },
  },
})

/** Marks the activity closed with what closing made; a second closing finds it closed. */
export const closedOp = (activityId: string, closed: NonNullable<ActivityItem['closed']>): Op => ({
  write: {
    Update: {
      TableName: table(),
      Key: activityKey(activityId),
      UpdateExpression: 'SET closed = :c',
      ConditionExpression: 'attribute_not_exists(closed)',
      ExpressionAttributeValues: { ':c': closed },
    },
  },
})
