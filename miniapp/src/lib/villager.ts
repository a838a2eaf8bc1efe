import { loadSession } from '../api/client'
import { savedUnit } from './roles'

/** The signed-in villager's household and village, as the villager pages need them. */
export function myHousehold(): { householdId: string; villageId: string } | null {
  const unit = savedUnit()
  const householdId = loadSession()?.user.householdId
  if (!householdId || unit?.role !== 'villager' || !unit.villageId) return null
  return { householdId, villageId: unit.villageId }
}
