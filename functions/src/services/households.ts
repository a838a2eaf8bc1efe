import { commit, auditOf, withoutKeys } from '../data/tx'
import { newHousehold, refuseIfClosed, type GroupItem, type HouseholdItem } from '../data/org'
import { personPutOp, type PersonItem } from '../data/people'
import type { Actor } from '../lib/ground/context'
import { ValidationError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'

/**
 * 分户: the people named leave the household for a new one in the group, in one transaction
 * with its audit. The balance and the past stay with the household they leave.
 */
export async function splitHousehold(
  actor: Actor,
  from: HouseholdItem,
  people: PersonItem[],
  group: GroupItem,
  head: { headName: string; address?: string },
): Promise<HouseholdItem> {
  refuseIfClosed(from)
  const stranger = people.find((p) => p.householdId !== from.id)
  if (stranger)
    throw new ValidationError([
      {
        path: 'personIds',
        message: `${stranger.name} 不是这一户的人 / ${stranger.id} is not a member of the household`,
      },
    ])
  if (people.some((p) => p.left)) throw Refused.personLeft()
  const { household, op } = newHousehold(actor, group, head.headName, head.address)
  await commit(
    [op, ...people.map((p) => personPutOp({ ...withoutKeys(p), householdId: household.id }))],
    [
      auditOf(actor, 'household.create', household.id, null, household),
      auditOf(actor, 'household.split', from.id, null, {
        to: household.id,
        personIds: people.map((p) => p.id),
      }),
    ],
  )
  return household
}
