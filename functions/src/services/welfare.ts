import { dateOf, maskName, VILLAGE_STAFF, type WelfareRoundInput } from '@jifenbao/shared'
import { getHousehold, getVillage, listVillages, villageStructure } from '../data/org'
import { inForce, townRestrictions } from '../data/restrictions'
import {
  getWelfareRound,
  openWelfareRound,
  recordGiven,
  roundFields,
  welfareGiven,
  type WelfareRoundItem,
} from '../data/welfare'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import type { Actor, Principal } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { beansEarned } from './honours'
import { periodMonths } from './period'

/** Opens a round: the town's own for every village, or a village leader's for the village. */
export async function openRound(actor: Actor, principal: Principal, input: WelfareRoundInput) {
  if (input.villageId) {
    const village = await getVillage(input.villageId, principal.townId)
    authorize(principal, ['villageLeader'], villageTarget(village))
  } else authorize(principal, [], { townId: principal.townId })
  return openWelfareRound(actor, { ...input, villageId: input.villageId ?? null })
}

/** A round the caller may read: a village's staff for the village's, the town for any. */
export async function readableRound(principal: Principal, id: string) {
  const round = await getWelfareRound(id, principal.townId)
  const villages = round.villageId
    ? [await getVillage(round.villageId, principal.townId)]
    : await listVillages(principal.townId)
  if (round.villageId) authorize(principal, VILLAGE_STAFF, villageTarget(villages[0]!))
  else authorize(principal, [], { townId: principal.townId })
  return { round, villages }
}

/**
 * Who the round is for (SPEC §8): the open households of its villages that earned at least
 * its threshold in the period; of those, a household under a `no_welfare` restriction in
 * force today is listed apart with the reason. A round never moves beans.
 */
export async function roundHouseholds(
  round: WelfareRoundItem,
  villages: Awaited<ReturnType<typeof listVillages>>,
  now: Date,
) {
  const { months, quarters } = periodMonths(round.from, round.to)
  const today = dateOf(now)
  const barred = new Map(
    (await townRestrictions(round.townId, today))
      .filter((r) => r.type === 'no_welfare' && inForce(r, today))
      .map((r) => [r.householdId, r.reason]),
  )
  const perVillage = await Promise.all(
    villages.map(async (village) => {
      const { households } = await villageStructure(village.id)
      const earned = await beansEarned(
        village,
        households.map((h) => h.id),
        months,
        quarters,
      )
      return households
        .filter((h) => earned.get(h.id)! >= round.minBeansEarned)
        .map((h) => ({
          householdId: h.id,
          headName: maskName(h.headName),
          village: village.name,
          beansEarned: earned.get(h.id)!,
        }))
    }),
  )
  const qualified = perVillage.flat()
  return {
    eligible: qualified.filter((h) => !barred.has(h.householdId)),
    excluded: qualified
      .filter((h) => barred.has(h.householdId))
      .map(({ householdId, headName }) => ({
        householdId,
        headName,
        reason: barred.get(householdId)!,
      })),
  }
}

/** A round as the API shows it: its fields, who is eligible, who is excluded, what was given. */
export async function roundView(principal: Principal, id: string, now: Date) {
  const { round, villages } = await readableRound(principal, id)
  const [households, given] = await Promise.all([
    roundHouseholds(round, villages, now),
    welfareGiven(round.id),
  ])
  return {
    ...roundFields(round),
    eligible: households.eligible.map(({ householdId, headName, beansEarned }) => ({
      householdId,
      headName,
      beansEarned,
    })),
    excluded: households.excluded,
    given: given.map(({ householdId, item, at, by }) => ({ householdId, item, at, by })),
  }
}

/**
 * Records what an eligible household received, by the staff of its village (or the town):
 * a household excluded by the negative list is refused with the reason, one that did not
 * earn enough is refused, and a second time is a conflict.
 */
export async function giveWelfare(
  actor: Actor,
  principal: Principal,
  id: string,
  input: { householdId: string; item: string },
) {
  const round = await getWelfareRound(id, principal.townId)
  const household = await getHousehold(input.householdId, principal.townId)
  const village = await getVillage(household.villageId, principal.townId)
  authorize(principal, ['villageLeader', 'infoAdmin'], villageTarget(village))
  if (round.villageId && round.villageId !== village.id) throw Refused.welfareNotEligible()
  const { eligible, excluded } = await roundHouseholds(round, [village], actor.now)
  const barred = excluded.find((h) => h.householdId === household.id)
  if (barred) throw Refused.welfareRestricted(barred.reason)
  if (!eligible.some((h) => h.householdId === household.id)) throw Refused.welfareNotEligible()
  return recordGiven(actor, round, household.id, input.item)
}
