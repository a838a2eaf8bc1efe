import {
  ActivityReportSchema,
  AssessmentQuerySchema,
  AssessmentReportSchema,
  DashboardQuerySchema,
  DashboardSchema,
  ReportQuerySchema,
} from '../schemas'
import { area } from './route'

/** Who reads the reports: the town for all its villages, a village's office for its own. */
export const REPORT_READERS = ['villageLeader', 'infoAdmin', 'reviewBoard'] as const

/** What the town answers for (API.md Second round, Reports). */
export const reportRoutes = area(
  {
    name: 'Reports',
    description:
      'Participation and assessment figures of the villages, by month or year, and the dashboard',
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
    assessmentReport: {
      method: 'GET',
      path: '/v1/reports/assessment',
      summary:
        'Per village over a year: active share, beans per household, medals, party members, objections, restrictions',
      roles: REPORT_READERS,
      query: AssessmentQuerySchema,
      answer: AssessmentReportSchema,
    },
    dashboard: {
      method: 'GET',
      path: '/v1/dashboard',
      summary:
        'The last 12 months: each village’s month status with pending entries and open objections, beans earned and spent, beans outstanding',
      roles: REPORT_READERS,
      query: DashboardQuerySchema,
      answer: DashboardSchema,
    },
  },
)
