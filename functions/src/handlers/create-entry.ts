import { s3Photos } from '../adapters/photos'
import { routes } from '../contract'
import { created, http } from '../lib/http'
import { submit } from '../services/entries'

export const handler = http(routes.createEntry, async ({ principal, actor, body }) => {
  const [entry] = await submit(principal, actor, s3Photos, [body.householdId], body, body.quantity)
  return created({
    id: entry!.id,
    status: entry!.status,
    points: entry!.points,
    month: entry!.month,
  })
})
