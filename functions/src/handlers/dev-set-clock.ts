import { routes } from '../contract'
import { setClockOffset } from '../data/towns'
import { http } from '../lib/http'

/** Local and test stages only: the town's clock runs ahead from now on. */
export const handler = http(routes.devSetClock, async ({ actor, body }) => {
  await setClockOffset(actor, body.offsetMs)
  return { now: new Date(Date.now() + body.offsetMs).toISOString() }
})
