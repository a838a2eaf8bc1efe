import { reportRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { assessmentReport } from '../services/reports'

/** What each village is judged by at the end of a year. */
export const handler = http(reportRoutes.assessmentReport, async ({ principal, query }) => ({
  items: await assessmentReport(principal, query),
}))
