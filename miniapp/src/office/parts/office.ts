import type { AnswerOf, Role, Routes } from '@jifenbao/shared'
import { call } from '../../api/client'
import { groupChoices } from '../../lib/leader'

/** What every section of the console knows: whose it is and which village it works on. */
export interface Office {
  role: Role
  townId: string
  /** The person at the desk. */
  personId: string
  /** The town admin's console: every village, and the town's own tasks. */
  isTown: boolean
  villageId: string | undefined
  villages: { id: string; name: string }[]
  villageAdded: (id: string) => void
  /** Goes to another section of the console, on a village if given (a to-do's button). */
  open: (sectionKey: string, villageId?: string) => void
}

/** The village's groups, each named with its grid ("一网格 · 第一组"), for pickers. */
export async function groupsOf(villageId: string) {
  const tree = await call('getVillage', { params: { villageId } })
  return groupChoices(tree).map((g) => ({ id: g.id, name: g.label }))
}

/** A household as the console shows it: members, balance, restrictions, closing. */
export type Household = AnswerOf<Routes['getHousehold']>
