import { getTown } from '../data/towns'
import { isLocalStage } from '../lib/ground/env'

/**
 * The server's clock decides every business time (SPEC §10). On the local and test stages a
 * town's clock may run ahead by an offset its admin sets (POST /v1/dev/clock), so a month can
 * be played through its objection window; everywhere else it is the system clock.
 */
export async function townNow(townId: string): Promise<Date> {
  if (!isLocalStage()) return new Date()
  const { clockOffsetMs = 0 } = await getTown(townId)
  return new Date(Date.now() + clockOffsetMs)
}
