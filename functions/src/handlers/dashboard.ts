import { reportRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { dashboard } from '../services/reports'

/** The town's (or a village's) last twelve months at a glance. */
export const handler = http(reportRoutes.dashboard, async ({ principal, query, now }) =>
  dashboard(principal, query, now),
)
