import { ActivityReportSchema, ReportQuerySchema } from '../schemas'
import { area } from './route'

/** Who reads the reports: the town for all its villages, a village's office for its own. */
export const REPORT_READERS = ['villageLeader', 'infoAdmin', 'reviewBoard'] as const

/** What the town answers for (API.md Second round, Reports). */
export const reportRoutes = area(
  {
    name: 'Reports',
    description: 'Participation and assessment figures of the villages, by month or year',
  },
  {
    activityReport: {
      method: 'GET',
      path: '/v1/reports/activity',
      summary:
        'Per village over a month or a year: households, active households and share, entries, beans earned and spent',
      roles: REPORT_READERS,
      query: ReportQuerySchema,
      answer: ActivityReportSchema,
    },
  },
)
