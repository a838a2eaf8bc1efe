import {
  maskName,
  monthEnd,
  monthlyScores,
  pickLedUnit,
  type HouseholdRef,
  type LeadLevel,
  eachLimited,
} from '@jifenbao/shared'
import { JOB_CHUNK } from '../adapters/job'
import { authorizeInVillage } from '../lib/access/placement'
import type { Actor, Principal } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { getEntry, villageMonthEntries, voidOps, type EntryItem } from '../data/entries'
import { getIndicator } from '../data/indicators'
import { post, POSTINGS_IN_FLIGHT } from '../data/ledger'
import {
  finalOp,
  getMonth,
  publishOps,
  resolvedOps,
  type MonthActivity,
  type MonthItem,
  type Publication,
  type PublishedHousehold,
} from '../data/months'
import { resolutionOp, type ObjectionItem } from '../data/objections'
import { getVillage, unitNames, villageStructure, type VillageItem } from '../data/org'
import { getPerson, holdersOf } from '../data/people'
import { flowSetOps, summaryFinalOp, summaryOp } from '../data/stats'
import { getTown } from '../data/towns'
import { auditOf, commit } from '../data/tx'

type Ref = HouseholdRef & { headName: string }

const LEAD_LEVEL = { villageLeader: 'village', gridLeader: 'grid', linkLeader: 'group' } as const

/**
 * The village's open households as of now, each leader's household marked with the unit it
 * leads (SPEC §4: highest level, then its own unit, then the lowest id). A household
 * closed before the publication counts nowhere, its entries neither (SPEC §2).
 */
async function householdRefs(village: VillageItem, approved: EntryItem[]): Promise<Ref[]> {
  const { grids, groups, households, closed } = await villageStructure(village.id)
  const closedIds = new Set(closed.map((h) => h.id))
  const entries = approved.filter((e) => !closedIds.has(e.householdId))
  const refs = new Map<string, Ref>(
    households.map((h) => [
      h.id,
      {
        id: h.id,
        groupId: h.groupId,
        gridId: h.gridId,
        villageId: h.villageId,
        headName: h.headName,
      },
    ]),
  )
  // A household that moved away since keeps the place its entries were made in.
  for (const e of entries) {
    if (!refs.has(e.householdId))
      refs.set(e.householdId, {
        id: e.householdId,
        groupId: e.groupId,
        gridId: e.gridId,
        villageId: e.villageId,
        headName: '',
      })
  }
  const led = new Map<string, { level: LeadLevel; unitId: string }[]>()
  // Only a unit with households has an average to blend with.
  const populated = new Set([...refs.values()].flatMap((r) => [r.villageId, r.gridId, r.groupId]))
  const units = [village.id, ...grids.map((g) => g.id), ...groups.map((g) => g.id)].filter((id) =>
    populated.has(id),
  )
  for (const unitId of units) {
    for (const holder of await holdersOf(unitId)) {
      const level = LEAD_LEVEL[holder.role as keyof typeof LEAD_LEVEL]
      if (!level) continue
      const { householdId } = await getPerson(holder.personId, village.townId)
      if (householdId && refs.has(householdId))
        led.set(householdId, [...(led.get(householdId) ?? []), { level, unitId }])
    }
  }
  for (const [householdId, units] of led)
    Object.assign(refs.get(householdId)!, pickLedUnit(refs.get(householdId)!, units))
  return [...refs.values()]
}

/** The publication of a month from its frozen households and their approved entries. */
function computePublication(
  refs: Ref[],
  approved: EntryItem[],
  beansPerPoint: number,
): Publication {
  const counted = new Set(refs.map((r) => r.id))
  const entries = approved.filter((e) => counted.has(e.householdId))
  const scores = monthlyScores(
    refs,
    entries.map((e) => ({ householdId: e.householdId, dimension: e.dimension, points: e.points })),
    { beansPerPoint },
  )
  const units = (byId: Record<string, { total: number; average: number }>) =>
    Object.entries(byId).map(([id, { total, average }]) => ({ id, total, average }))
  return {
    households: refs.map((r) => ({
      householdId: r.id,
      headName: maskName(r.headName),
      ...scores.households[r.id]!,
    })),
    grids: units(scores.grids),
    groups: units(scores.groups),
    activity: monthActivity(entries),
  }
}

/** The participation of a month's approved entries: how many, and which households earned. */
export const monthActivity = (approved: EntryItem[]): MonthActivity => ({
  entries: approved.length,
  active: [...new Set(approved.filter((e) => e.points > 0).map((e) => e.householdId))],
})

/** Publishes a village-month once it has ended and nothing is pending (SPEC §4). */
export async function publishMonth(
  actor: Actor,
  village: VillageItem,
  month: string,
): Promise<MonthItem> {
  if (actor.now < monthEnd(month)) throw Refused.monthNotOver(month)
  const current = await getMonth(village.townId, village.id, month)
  if (current.status !== 'open') throw Refused.monthPublished(month, current.status)
  if (current.pending > 0) {
    const pending = await villageMonthEntries(village.id, month, 'pending')
    throw Refused.entriesPending(pending.map((e) => e.id))
  }
  const { config } = await getTown(village.townId)
  const approved = await villageMonthEntries(village.id, month, 'approved')
  const refs = await householdRefs(village, approved)
  const publishedAt = actor.now.toISOString()
  const objectionDeadline = new Date(
    actor.now.getTime() + config.objectionDays * 86_400_000,
  ).toISOString()
  const published: MonthItem = {
    ...current,
    status: 'published',
    version: current.version + 1,
    openObjections: 0,
    publishedAt,
    objectionDeadline,
    beansPerPoint: config.beansPerPoint,
    objectionDays: config.objectionDays,
    refs,
    publication: computePublication(refs, approved, config.beansPerPoint),
  }
  await commit(
    [...publishOps(published, current.version), summaryOp(published)],
    [
      auditOf(
        actor,
        'month.publish',
        `${village.id}#${month}`,
        { status: 'open' },
        { status: 'published', objectionDeadline, beansPerPoint: config.beansPerPoint },
      ),
    ],
  )
  return published
}

/**
 * Resolves an open objection: dismissed, or upheld voiding entries of the month and
 * recomputing the publication (leader blends included) — in one transaction.
 */
export async function resolveObjection(
  actor: Actor,
  objection: ObjectionItem,
  decision: 'upheld' | 'dismissed',
  voidEntryIds: string[],
  note: string,
): Promise<MonthItem> {
  if (objection.status !== 'open') throw Refused.objectionResolved()
  const month = await getMonth(objection.townId, objection.villageId, objection.month)
  if (month.status !== 'published') throw Refused.monthSettled(month.status)
  const toVoid = await Promise.all(voidEntryIds.map((id) => getEntry(id, actor.townId)))
  const stray = toVoid.find(
    (e) =>
      e.villageId !== objection.villageId || e.month !== objection.month || e.status !== 'approved',
  )
  if (stray) throw Refused.notVoidable(stray.id)
  const voided = voidOps(
    actor,
    await Promise.all(
      toVoid.map(async (entry) => ({
        entry,
        cap: (await getIndicator(actor.townId, entry.indicatorCode)).monthlyCap,
      })),
    ),
    note,
  )
  const approved = (
    await villageMonthEntries(objection.villageId, objection.month, 'approved')
  ).filter((e) => !voidEntryIds.includes(e.id))
  const upheld = decision === 'upheld'
  const publication = upheld
    ? computePublication(month.refs!, approved, month.beansPerPoint!)
    : month.publication!
  const resolved: MonthItem = {
    ...month,
    publication,
    version: month.version + 1,
    openObjections: (month.openObjections ?? 1) - 1,
    objectionsUpheld: (month.objectionsUpheld ?? 0) + (upheld ? 1 : 0),
  }
  await commit(
    [
      resolutionOp(objection, decision, {
        note,
        voidEntryIds,
        by: actor.personId,
        at: actor.now.toISOString(),
      }),
      ...voided.ops,
      ...resolvedOps(month, publication, upheld),
      summaryOp(resolved),
    ],
    [
      auditOf(
        actor,
        `objection.${decision === 'upheld' ? 'uphold' : 'dismiss'}`,
        objection.id,
        { status: 'open' },
        { status: decision, note, voidEntryIds },
      ),
      ...voided.audits,
      ...(upheld
        ? [
            auditOf(
              actor,
              'month.recompute',
              `${objection.villageId}#${objection.month}`,
              month.publication!.households,
              publication.households,
            ),
          ]
        : []),
    ],
  )
  return resolved
}

/** The published month to finalise, null when it is final already; refused while it may not be. */
async function finalisable(actor: Actor, townId: string, villageId: string, month: string) {
  const current = await getMonth(townId, villageId, month)
  if (current.status === 'final') return null
  if (current.status !== 'published') throw Refused.monthNotPublished(month)
  if (actor.now.toISOString() < current.objectionDeadline!)
    throw Refused.objectionWindowOpen(current.objectionDeadline)
  if ((current.openObjections ?? 0) > 0) throw Refused.objectionsOpen()
  return current
}

/** The households of a published month with beans to credit, in publication order. */
const earnersOf = (m: MonthItem) => m.publication!.households.filter((h) => h.beans !== 0)

/**
 * Credits these earners of a month, each a `monthly` posting exactly once (the posting id
 * is the village, month and household), several at a time; says how many were new.
 */
async function creditEarners(
  actor: Actor,
  current: MonthItem,
  earners: PublishedHousehold[],
  beforeCredit: (householdId: string) => void,
): Promise<number> {
  const { townId, villageId, month } = current
  let credited = 0
  await eachLimited(earners, POSTINGS_IN_FLIGHT, async (h) => {
    beforeCredit(h.householdId)
    const posting = await post({
      id: `monthly-${villageId}-${month}-${h.householdId}`,
      townId,
      householdId: h.householdId,
      kind: 'monthly',
      amount: h.beans,
      source: { type: 'month', id: `${villageId}#${month}`, villageId, month },
      at: actor.now.toISOString(),
    })
    if (posting) credited++
  })
  return credited
}

/** Marks a month whose earners are all credited final, with its flow; a second run changes nothing. */
async function markFinal(actor: Actor, current: MonthItem, credited: number): Promise<void> {
  const { villageId, month } = current
  await commit(
    [
      // A concurrent run finalised it first: every posting is still written exactly once.
      finalOp(villageId, month, actor.now.toISOString(), () => new AlreadyFinal()),
      summaryFinalOp(villageId, month),
      ...flowSetOps(
        villageId,
        month,
        'monthly',
        '0',
        earnersOf(current).reduce((sum, h) => sum + h.beans, 0),
        () => new AlreadyFinal(),
      ),
    ],
    [
      auditOf(
        actor,
        'month.finalize',
        `${villageId}#${month}`,
        { status: 'published' },
        { status: 'final', credited },
      ),
    ],
  ).catch((err: Error) => {
    if (!(err instanceof AlreadyFinal)) throw err
  })
}

/**
 * Finalises a published month once its window has closed with no objection open: credits
 * every household's beans, then marks the month final. Safe to re-run at any point.
 * `beforeCredit` lets a test fail one of the credits.
 */
export async function finalizeMonth(
  actor: Actor,
  townId: string,
  villageId: string,
  month: string,
  beforeCredit: (householdId: string) => void = () => undefined,
): Promise<{ status: 'final'; credited: number }> {
  const current = await finalisable(actor, townId, villageId, month)
  if (!current) return { status: 'final', credited: 0 }
  const credited = await creditEarners(actor, current, earnersOf(current), beforeCredit)
  await markFinal(actor, current, credited)
  return { status: 'final', credited }
}

/**
 * One piece of the daily finalisation (a queue job): credits the earners from `from`, at
 * most JOB_CHUNK of them, and either names the next piece or, after the last, marks the
 * month final. A piece delivered twice credits nothing twice.
 */
export async function finalizeChunk(
  actor: Actor,
  { townId, villageId, month, from, credited }: FinalizePiece,
): Promise<FinalizePiece | null> {
  const current = await finalisable(actor, townId, villageId, month)
  if (!current) return null
  const earners = earnersOf(current)
  const piece = earners.slice(from, from + JOB_CHUNK)
  const total = credited + (await creditEarners(actor, current, piece, () => undefined))
  if (from + JOB_CHUNK < earners.length)
    return { townId, villageId, month, from: from + JOB_CHUNK, credited: total }
  await markFinal(actor, current, total)
  return null
}

interface FinalizePiece {
  townId: string
  villageId: string
  month: string
  from: number
  credited: number
}

class AlreadyFinal extends Error {}

/** A village-month as the API shows it (API.md The month). */
export const monthView = (m: MonthItem, now: Date) => ({
  villageId: m.villageId,
  month: m.month,
  status: m.status,
  over: now >= monthEnd(m.month),
  publishedAt: m.publishedAt ?? null,
  objectionDeadline: m.objectionDeadline ?? null,
  beansPerPoint: m.beansPerPoint ?? null,
  households: m.publication?.households ?? [],
  grids: m.publication?.grids ?? [],
  groups: m.publication?.groups ?? [],
})

/**
 * A published (or final) month as the village board shows it, for a reader of the village:
 * each household's masked name, grid and group (by their names), dimensions, score and beans.
 */
export async function publishedBoard(principal: Principal, villageId: string, month: string) {
  const village = await getVillage(villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const item = await getMonth(village.townId, village.id, month)
  if (item.status === 'open') throw Refused.monthNotPublished(month)
  const names = unitNames(await villageStructure(village.id))
  const refs = new Map(item.refs!.map((r) => [r.id, r]))
  const rows = item.publication!.households.map((h) => {
    const ref = refs.get(h.householdId)!
    return { ...h, grid: names.get(ref.gridId) ?? '', group: names.get(ref.groupId) ?? '' }
  })
  return { village, month: item, rows }
}
