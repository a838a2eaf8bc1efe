import { entryRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { review } from '../services/review'

export const handler = http(entryRoutes.rejectEntry, async ({ principal, actor, params, body }) => {
  const entry = await review(principal, actor, params.id, 'rejected', body.reason)
  return { id: entry.id, status: entry.status }
})
