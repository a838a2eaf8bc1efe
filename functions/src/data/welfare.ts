import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { auditOf, commit, create, getInTown, queryAll } from './tx'

/** A welfare round (SPEC §8): a name, a period and the beans a household must have earned. */
export interface WelfareRoundItem {
  id: string
  townId: string
  /** The village it is for; null: every village of the town. */
  villageId: string | null
  name: string
  from: string
  to: string
  minBeansEarned: number
  by: string
  createdAt: string
}

/** What a household received in a round, once. */
export interface WelfareGivenItem {
  householdId: string
  item: string
  at: string
  by: string
}

/** A round's own fields as the API shows them. */
export const roundFields = (r: WelfareRoundItem) => ({
  id: r.id,
  name: r.name,
  villageId: r.villageId,
  from: r.from,
  to: r.to,
  minBeansEarned: r.minBeansEarned,
  createdAt: r.createdAt,
})

const roundKey = (id: string) => ({ PK: `WELFARE#${id}`, SK: 'ROUND' })

export const getWelfareRound = (id: string, townId: string) =>
  getInTown<WelfareRoundItem>(roundKey(id), townId, { zh: '福利发放', en: 'welfare round' })

export async function openWelfareRound(
  actor: Actor,
  fields: Pick<WelfareRoundItem, 'villageId' | 'name' | 'from' | 'to' | 'minBeansEarned'>,
): Promise<WelfareRoundItem> {
  const round: WelfareRoundItem = {
    id: ulid(),
    townId: actor.townId,
    ...fields,
    by: actor.personId,
    createdAt: actor.now.toISOString(),
  }
  await commit(
    [
      create({
        ...roundKey(round.id),
        GSI1PK: `WELFARES#${actor.townId}`,
        GSI1SK: `${round.createdAt}#${round.id}`,
        ...round,
      }),
    ],
    [auditOf(actor, 'welfare.open', round.id, null, round)],
  )
  return round
}

/** The town's rounds, newest first. */
export const townWelfareRounds = (townId: string) =>
  queryAll<WelfareRoundItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': `WELFARES#${townId}` },
    ScanIndexForward: false,
  })

/** What was given in a round so far, by household. */
export const welfareGiven = (roundId: string) =>
  queryAll<WelfareGivenItem>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :given)',
    ExpressionAttributeValues: { ':pk': roundKey(roundId).PK, ':given': 'GIVEN#' },
  })

/** Records what a household received: once a round (409 the second time). */
export async function recordGiven(
  actor: Actor,
  round: WelfareRoundItem,
  householdId: string,
  item: string,
): Promise<WelfareGivenItem> {
  const given: WelfareGivenItem = {
    householdId,
    item,
    at: actor.now.toISOString(),
    by: actor.personId,
  }
  await commit(
    [
      create(
        { PK: roundKey(round.id).PK, SK: `GIVEN#${householdId}`, townId: round.townId, ...given },
        () => Refused.welfareGiven(),
      ),
    ],
    [auditOf(actor, 'welfare.give', round.id, null, given)],
  )
  return given
}
