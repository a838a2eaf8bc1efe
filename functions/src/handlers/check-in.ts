import { lifeRoutes } from '@jifenbao/shared'
import { Reply } from '../lib/edge/idempotent'
import { http } from '../lib/edge/http'
import { checkIn } from '../services/activities'

/** A villager checks the household in with the scanned code: 201 the first time, 200 after. */
export const handler = http(lifeRoutes.checkIn, async ({ principal, actor, params, body }) => {
  const { first, ...answer } = await checkIn(principal, actor, params.id, body.code)
  return first ? answer : new Reply(200, answer)
})
