import {
  dateOf,
  dayStart,
  maskName,
  monthEnd,
  monthOf,
  ORGANISERS,
  type ActivityInput,
} from '@jifenbao/shared'
import { s3Photos } from '../adapters/photos'
import {
  activityCheckIns,
  closedOp,
  enteredOp,
  getActivity,
  planActivity,
  recordCheckIn,
  villageActivities,
  type ActivityItem,
} from '../data/activities'
import { capUsed } from '../data/entries'
import { getIndicator } from '../data/indicators'
import { getMonth } from '../data/months'
import { getHousehold, getVillage } from '../data/org'
import { commit } from '../data/tx'
import { authorizeInVillage, villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { checkInCodeExpiry, issueCheckInCode } from '../lib/ground/checkin'
import type { Actor, Principal } from '../lib/ground/context'
import { ForbiddenError, ifMissing, ValidationError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import { submit } from './entries'

/** Entries a closing writes in one transaction: each with its cap counter, audit and mark. */
const CLOSING_CHUNK = 24

/** An activity is planned before its start, open from then until it is closed. */
export const activityStatus = (a: ActivityItem, now: Date): 'planned' | 'open' | 'closed' =>
  a.closed ? 'closed' : now.getTime() < Date.parse(a.startsAt) ? 'planned' : 'open'

const isOn = (a: ActivityItem, now: Date) =>
  !a.closed && Date.parse(a.startsAt) <= now.getTime() && now.getTime() <= Date.parse(a.endsAt)

/** An activity as the API shows it (API.md Activities). */
export const activityView = (a: ActivityItem, now: Date) => ({
  id: a.id,
  villageId: a.villageId,
  title: a.title,
  indicatorCode: a.indicatorCode,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  place: a.place,
  note: a.note,
  organiser: a.organiser,
  status: activityStatus(a, now),
  checkIns: a.checkIns,
})

/**
 * Plans an activity of the village (its leader or info admin, or the town): an indicator of
 * the catalogue, active, that does not need photos — a check-in is the evidence.
 */
export async function plan(
  principal: Principal,
  actor: Actor,
  villageId: string,
  input: ActivityInput,
) {
  const village = await getVillage(villageId, principal.townId)
  authorize(principal, ORGANISERS, villageTarget(village))
  const indicator = await getIndicator(actor.townId, input.indicatorCode).catch(
    ifMissing(() => {
      throw new ValidationError([
        { path: 'indicatorCode', message: '没有这个指标 / no such indicator' },
      ])
    }),
  )
  if (!indicator.active)
    throw new ValidationError([
      { path: 'indicatorCode', message: '该指标已停用 / the indicator is retired' },
    ])
  if (indicator.evidence === 'photo') throw Refused.activityNeedsPhotos()
  return planActivity(actor, {
    villageId: village.id,
    title: input.title,
    indicatorCode: indicator.code,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    place: input.place ?? null,
    note: input.note ?? null,
  })
}

/** An activity for whoever may read its village. */
export async function readableActivity(principal: Principal, id: string) {
  const activity = await getActivity(id, principal.townId)
  await authorizeInVillage(principal, await getVillage(activity.villageId, principal.townId))
  return activity
}

/** An activity its organiser runs: the organiser alone shows its code and closes it. */
export async function organisedActivity(principal: Principal, id: string) {
  const activity = await getActivity(id, principal.townId)
  authorize(
    principal,
    ORGANISERS,
    villageTarget(await getVillage(activity.villageId, principal.townId)),
  )
  if (activity.organiser !== principal.personId) throw Refused.notOrganiser()
  return activity
}

/** A fresh check-in code, while the activity is on. */
export async function checkInCode(principal: Principal, id: string, now: Date) {
  const activity = await organisedActivity(principal, id)
  if (!isOn(activity, now)) throw Refused.activityNotOn()
  return issueCheckInCode(activity.id, now)
}

/**
 * Checks the caller's household in with a scanned code: a household of another village is
 * refused, then a code not of this activity, a moment outside its window, an expired code.
 * Answers when the household first checked in, and whether that was now.
 */
export async function checkIn(principal: Principal, actor: Actor, id: string, code: string) {
  const activity = await getActivity(id, principal.townId)
  const household = principal.householdId
    ? await getHousehold(principal.householdId, principal.townId)
    : undefined
  if (!household || household.closed || household.villageId !== activity.villageId)
    throw new ForbiddenError(
      '只有本村的农户可以签到',
      'only households of the village may check in',
    )
  const expires = checkInCodeExpiry(code, activity.id)
  if (!isOn(activity, actor.now)) throw Refused.activityNotOn()
  if (actor.now.getTime() / 1000 >= expires) throw Refused.checkInCodeExpired()
  const { checkIn: recorded, first } = await recordCheckIn(actor, activity, {
    householdId: household.id,
    headName: maskName(household.headName),
    memberId: principal.personId,
    at: actor.now.toISOString(),
  })
  return { householdId: household.id, at: recorded.at, first }
}

/**
 * Closes an activity (its organiser): every checked-in household gets one pending entry of
 * the activity's indicator on its day, submitted by the organiser and reviewed as any other
 * (SPEC §8a); a household the indicator's monthly cap has no room for is skipped and
 * listed. Entries go in chunks, each marking its check-ins, so a closing cut short is
 * finished by closing again, never doubled; a closed activity closes to nothing.
 */
export async function closeActivity(principal: Principal, actor: Actor, id: string) {
  const activity = await organisedActivity(principal, id)
  if (activity.closed) return { entries: 0, skipped: [] }
  const month = monthOf(activity.startsAt)
  if ((await getMonth(activity.townId, activity.villageId, month)).status !== 'open')
    throw Refused.monthClosed()
  const indicator = await getIndicator(activity.townId, activity.indicatorCode)
  const pending = (await activityCheckIns(activity.id)).filter((c) => !c.entryId)
  const room = await Promise.all(
    pending.map(async (c) => {
      const household = await getHousehold(c.householdId, activity.townId)
      const used = await capUsed(c.householdId, month, indicator.code)
      const fits = indicator.monthlyCap === null || used + 1 <= indicator.monthlyCap
      return { checkIn: c, open: !household.closed, fits }
    }),
  )
  const entering = room.filter((r) => r.open && r.fits).map((r) => r.checkIn)
  const skipped = room
    .filter((r) => !(r.open && r.fits))
    .map(({ checkIn: c }) => ({ householdId: c.householdId, headName: c.headName }))
  const closed = {
    at: actor.now.toISOString(),
    by: actor.personId,
    entries: entering.length,
    skipped: skipped.map((s) => s.householdId),
  }
  const day = dateOf(activity.startsAt)
  for (let i = 0; i < entering.length; i += CLOSING_CHUNK) {
    const chunk = entering.slice(i, i + CLOSING_CHUNK)
    const last = i + CLOSING_CHUNK >= entering.length
    await submit(
      principal,
      actor,
      s3Photos,
      chunk.map((c) => c.householdId),
      { indicatorCode: indicator.code, occurredOn: day, note: activity.title },
      1,
      (entries) => [
        ...entries.map((e) => enteredOp(activity.id, e.householdId, e.id)),
        ...(last ? [closedOp(activity.id, closed)] : []),
      ],
    )
  }
  if (entering.length === 0) await commit([closedOp(activity.id, closed)])
  return { entries: entering.length, skipped }
}

/** The village's activities starting in a month (Shanghai time), for whoever may read it. */
export async function monthActivities(principal: Principal, villageId: string, month: string) {
  const village = await getVillage(villageId, principal.townId)
  await authorizeInVillage(principal, village)
  return villageActivities(
    village.id,
    dayStart(`${month}-01`).toISOString(),
    new Date(monthEnd(month).getTime() - 1).toISOString(),
  )
}
