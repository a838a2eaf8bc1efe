import { routes } from '../contract'
import { http } from '../lib/http'
import { review } from '../services/review'

export const handler = http(routes.approveEntry, async ({ principal, actor, params }) => {
  const entry = await review(principal, actor, params.id!, 'approved', null)
  return { id: entry.id, status: entry.status }
})
