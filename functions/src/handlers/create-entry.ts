import { s3Photos } from '../adapters/photos'
import { entryRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { submit } from '../services/entries'

export const handler = http(entryRoutes.createEntry, async ({ principal, actor, body }) => {
  const [entry] = await submit(principal, actor, s3Photos, [body.householdId], body, body.quantity)
  return {
    id: entry!.id,
    status: entry!.status,
    points: entry!.points,
    month: entry!.month,
  }
})
