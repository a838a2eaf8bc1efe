import { entryRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { review } from '../services/review'

export const handler = http(entryRoutes.approveEntry, async ({ principal, actor, params }) => {
  const entry = await review(principal, actor, params.id, 'approved', null)
  return { id: entry.id, status: entry.status }
})
