import { loadSession } from '../api/client'
import { household } from '../api/session'
import { savedUnit } from './roles'

export const NO_HOUSEHOLD = '您还没有加入任何一户，请联系村里的信息管理员'

/** The signed-in person's household, or null for someone who belongs to none (a clerk). */
export const myHouseholdId = () => loadSession()?.user.householdId ?? null

/** My household and its village: known from the home screen, or asked of the API. */
export async function myHousehold(): Promise<{ householdId: string; villageId: string }> {
  const householdId = myHouseholdId()
  if (!householdId) throw new Error(NO_HOUSEHOLD)
  const unit = savedUnit()
  if (unit?.role === 'villager' && unit.scopeId === householdId && unit.villageId)
    return { householdId, villageId: unit.villageId }
  return { householdId, villageId: (await household(householdId)).villageId }
}
