import { reportRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { activityReport } from '../services/reports'

/** Each village's participation over a month or a year. */
export const handler = http(reportRoutes.activityReport, async ({ principal, query }) => ({
  items: await activityReport(principal, query),
}))
