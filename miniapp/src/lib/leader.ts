import { villageHouseholds, type villageTree } from '../api/routes'
import { savedUnit } from './roles'

/** The village a leader works in, from the unit chosen on the home screen. */
export function myVillageId(): string {
  const villageId = savedUnit()?.villageId
  if (!villageId) throw new Error('请回到首页重新选择身份')
  return villageId
}

/** The households in the leader's group, grid or village. */
export const myHouseholds = async () => (await villageHouseholds(myVillageId())).items

/** Lists longer than this get a search box: a village can have hundreds of households. */
export const SEARCH_FROM = 12

/** Whether a household answers a search typed by its head's name, address or unit. */
export function matches(
  household: { headName: string; address?: string | null; groupName?: string; gridName?: string },
  search: string,
): boolean {
  const words = search.trim().split(/\s+/).filter(Boolean)
  const text = [household.headName, household.address, household.gridName, household.groupName]
    .filter(Boolean)
    .join(' ')
  return words.every((w) => text.includes(w))
}

/** A village's groups as people name them: 「第一微网格 · 第一联户小组」. */
export const groupChoices = (village: Awaited<ReturnType<typeof villageTree>>) =>
  village.grids.flatMap((grid) =>
    grid.groups.map((group) => ({ ...group, label: `${grid.name} · ${group.name}` })),
  )
