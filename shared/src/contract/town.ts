import * as z from 'zod'
import { AuditPageSchema, DateSchema, IdSchema, TownConfigSchema } from '../schemas'
import { area, TOWN_ADMIN } from './route'
import { lazily } from '../schemas/lazily'

export const townRoutes = area(
  {
    name: 'Town',
    description: 'The town’s rule parameters and its audit trail',
  },
  {
    getConfig: {
      method: 'GET',
      path: '/v1/config',
      summary: 'The town’s rule parameters',
      roles: TOWN_ADMIN,
      answer: TownConfigSchema,
    },
    putConfig: {
      method: 'PUT',
      path: '/v1/config',
      summary: 'Replace the town’s rule parameters',
      roles: TOWN_ADMIN,
      body: TownConfigSchema,
      answer: TownConfigSchema,
    },
    listAudit: {
      method: 'GET',
      path: '/v1/audit',
      summary:
        'The audit trail of an object (targetId) or of a day (date, Asia/Shanghai; default today), narrowed by actor and action; the filters combine',
      roles: TOWN_ADMIN,
      query: lazily(() =>
        z.object({
          targetId: IdSchema.optional(),
          /** The person who acted. */
          actor: IdSchema.optional(),
          /** What was done, as the trail names it (`person.create`, `month.publish` …). */
          action: z.string().trim().min(1).max(60).optional(),
          date: DateSchema.optional(),
          cursor: z.string().optional(),
        }),
      ),
      answer: AuditPageSchema,
    },
  },
)
