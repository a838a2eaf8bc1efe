import { dateOf, monthOf, type EntryInput } from '@jifenbao/shared'
import { ulid } from 'ulid'
import type { PhotoStore } from '../adapters/photos'
import { entryItem, submitEntries, type EntryItem } from '../data/entries'
import { withoutKeys, type Op } from '../data/tx'
import { getIndicator } from '../data/indicators'
import { getHousehold, refuseIfClosed } from '../data/org'
import { getPerson, namesOf } from '../data/people'
import type { Actor, Principal } from '../lib/ground/context'
import { ForbiddenError, ifMissing, ValidationError } from '../lib/ground/errors'
import { householdTarget } from '../lib/access/placement'
import { covers } from '../lib/access/scope'

const LEADERS = ['linkLeader', 'gridLeader', 'villageLeader', 'infoAdmin'] as const

const invalid = (path: string, zh: string, en: string) =>
  new ValidationError([{ path, message: `${zh} / ${en}` }])

/**
 * Checks and submits entries of one indicator for households of one village (SPEC §4): the
 * caller's scope (a villager only a self-report for their own household), an active
 * indicator, a date not in the future, the evidence, photos of the caller's town that
 * exist, and a reporter of the town. Cap and closed month are guarded by the write itself.
 */
export async function submit(
  principal: Principal,
  actor: Actor,
  photos: PhotoStore,
  householdIds: string[],
  input: Omit<EntryInput, 'householdId' | 'quantity'>,
  quantity: number,
  /** Writes that go with the entries in their transaction, given the entries. */
  extra: (entries: EntryItem[]) => Op[] = () => [],
): Promise<EntryItem[]> {
  const indicator = await getIndicator(actor.townId, input.indicatorCode).catch(
    ifMissing(() => {
      throw invalid('indicatorCode', '没有这个指标', 'no such indicator')
    }),
  )
  if (!indicator.active) throw invalid('indicatorCode', '该指标已停用', 'the indicator is retired')
  if (input.occurredOn > dateOf(actor.now))
    throw invalid('occurredOn', '日期不能晚于今天', 'occurredOn must not be in the future')
  const photoKeys = input.photoKeys ?? []
  if (indicator.evidence === 'photo' && photoKeys.length === 0)
    throw invalid('photoKeys', '该指标需要上传照片', 'this indicator needs photos')
  for (const key of photoKeys) {
    if (!key.startsWith(`${actor.townId}/`) || !(await photos.exists(key)))
      throw invalid('photoKeys', '照片不存在', `photo ${key} was not uploaded`)
  }
  const reportedBy = input.reportedBy
    ? await getPerson(input.reportedBy, actor.townId).catch(
        ifMissing(() => {
          throw invalid('reportedBy', '报告人不在本镇名册', 'reportedBy is not on the town roster')
        }),
      )
    : undefined

  const households = await Promise.all(
    householdIds.map(async (id) => refuseIfClosed(await getHousehold(id, actor.townId))),
  )
  if (new Set(households.map((h) => h.villageId)).size > 1)
    throw invalid('householdIds', '一次只能记录同一个村的户', 'households must be of one village')
  const selfReport = households.map((household) => {
    const target = householdTarget(household)
    if (covers(principal, LEADERS, target)) return false
    if (!covers(principal, ['villager'], target))
      throw new ForbiddenError('不在您的管理范围内', 'outside your scope')
    if (!indicator.selfReport)
      throw new ForbiddenError('该指标不能自行申报', 'this indicator cannot be self-reported')
    return true
  })
  const batchId = households.length > 1 ? ulid() : undefined

  const entries = households.map((household, i) =>
    entryItem(
      {
        id: ulid(),
        householdId: household.id,
        indicatorCode: indicator.code,
        dimension: indicator.dimension,
        unitPoints: indicator.points,
        quantity,
        occurredOn: input.occurredOn,
        month: monthOf(input.occurredOn),
        note: input.note ?? null,
        photoKeys,
        submittedBy: actor.personId,
        reportedBy: reportedBy?.id ?? actor.personId,
        selfReport: selfReport[i]!,
        ...(batchId && { batchId }),
        createdAt: actor.now.toISOString(),
      },
      household,
    ),
  )
  await submitEntries(actor, entries, indicator, extra(entries))
  return entries
}

/** The names of the people who submitted these entries, by person id. */
export const submitterNames = (entries: EntryItem[]) =>
  namesOf(
    entries.map((e) => e.submittedBy),
    entries[0]?.townId ?? '',
  )

/** An entry as the API shows it, with who submitted it and photo links valid ten minutes. */
export async function entryView(e: EntryItem, photos: PhotoStore, names: Map<string, string>) {
  return {
    ...withoutKeys(e),
    selfReport: e.selfReport ?? false,
    submitterName: names.get(e.submittedBy) ?? null,
    photos: await Promise.all(
      e.photoKeys.map(async (key) => ({ key, url: await photos.link(key) })),
    ),
  }
}
