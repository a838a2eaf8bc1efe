import { routes } from '../contract'
import { http } from '../lib/http'
import { review } from '../services/review'

export const handler = http(routes.rejectEntry, async ({ principal, actor, params, body }) => {
  const entry = await review(principal, actor, params.id!, 'rejected', body.reason)
  return { id: entry.id, status: entry.status }
})
