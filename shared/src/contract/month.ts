import * as z from 'zod'
import {
  CreatedSchema,
  FinalizedSchema,
  IdSchema,
  MonthSchema,
  MonthViewSchema,
  ObjectionInputSchema,
  ObjectionListSchema,
  ObjectionResolvedSchema,
  ResolveInputSchema,
} from '../schemas'
import { area, HOUSEHOLD_MEMBERS, READERS_OF_HOUSEHOLDS } from './route'
import { lazily } from '../schemas/lazily'

const VILLAGE_MONTH = lazily(() => z.object({ villageId: IdSchema, month: MonthSchema }))

export const monthRoutes = area(
  {
    name: 'The month',
    description: 'Publication (一月一公示), objections and finalisation into beans',
  },
  {
    publishMonth: {
      method: 'POST',
      path: '/v1/villages/{villageId}/months/{month}/publish',
      summary:
        'Publish a finished month (一月一公示): freeze it, score it, open the objection window',
      roles: ['reviewBoard'],
      params: VILLAGE_MONTH,
      answer: MonthViewSchema,
      idempotent: true,
    },
    getMonth: {
      method: 'GET',
      path: '/v1/villages/{villageId}/months/{month}',
      summary: 'A village-month and, once published, its publication',
      roles: READERS_OF_HOUSEHOLDS,
      params: VILLAGE_MONTH,
      answer: MonthViewSchema,
    },
    createObjection: {
      method: 'POST',
      path: '/v1/villages/{villageId}/months/{month}/objections',
      summary: 'Object to a published month or one of its entries, before the deadline',
      roles: HOUSEHOLD_MEMBERS,
      params: VILLAGE_MONTH,
      body: ObjectionInputSchema,
      answer: CreatedSchema,
      status: 201,
      // A villager's objection sent again on a weak signal is filed once.
      idempotent: true,
    },
    listObjections: {
      method: 'GET',
      path: '/v1/villages/{villageId}/months/{month}/objections',
      summary: 'A village-month’s objections',
      roles: READERS_OF_HOUSEHOLDS,
      params: VILLAGE_MONTH,
      answer: ObjectionListSchema,
    },
    resolveObjection: {
      method: 'POST',
      path: '/v1/objections/{id}/resolve',
      summary: 'Dismiss an objection, or uphold it voiding entries (the publication is recomputed)',
      roles: ['reviewBoard'],
      body: ResolveInputSchema,
      answer: ObjectionResolvedSchema,
      idempotent: true,
    },
    finalizeMonth: {
      method: 'POST',
      path: '/v1/villages/{villageId}/months/{month}/finalize',
      summary: 'Credit each household’s beans once the window has closed with no open objection',
      roles: ['reviewBoard'],
      params: VILLAGE_MONTH,
      answer: FinalizedSchema,
      idempotent: true,
      resumable: true,
    },
  },
)
