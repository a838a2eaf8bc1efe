import { systemRoutes } from '@jifenbao/shared'
import { setClockOffset } from '../data/towns'
import { http } from '../lib/edge/http'

/** Local and test stages only: the town's clock runs ahead from now on. */
export const handler = http(systemRoutes.devSetClock, async ({ actor, body }) => {
  await setClockOffset(actor, body.offsetMs)
  return { now: new Date(Date.now() + body.offsetMs).toISOString() }
})
