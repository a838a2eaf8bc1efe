import { villageHouseholds } from '../api/routes'
import { savedUnit } from './roles'

/** The village a leader works in, from the unit chosen on the home screen. */
export function myVillageId(): string {
  const villageId = savedUnit()?.villageId
  if (!villageId) throw new Error('请回到首页重新选择身份')
  return villageId
}

/** The households in the leader's group, grid or village. */
export const myHouseholds = async () => (await villageHouseholds(myVillageId())).items
