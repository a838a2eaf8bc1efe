import type { EntryListSchema } from '@jifenbao/shared'
import type * as z from 'zod'
import { indicators, villageHouseholds } from '../api/routes'
import { myVillageId } from './leader'

export const STATUS_NAMES = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已退回',
  voided: '已作废',
} as const

type EntryView = z.output<typeof EntryListSchema>['items'][number]

/** Entries with the names people know them by: the household's head and the indicator's name. */
export async function named(list: EntryView[], villageId = myVillageId()) {
  const [catalogue, { items: households }] = await Promise.all([
    indicators(),
    villageHouseholds(villageId),
  ])
  const householdNames = new Map(households.map((h) => [h.id, h.headName]))
  const indicatorNames = new Map(catalogue.items.map((i) => [i.code, i.name]))
  return list.map((e) => ({
    ...e,
    headName: householdNames.get(e.householdId) ?? '',
    indicatorName: indicatorNames.get(e.indicatorCode) ?? e.indicatorCode,
  }))
}
