import * as z from 'zod'
import { AdjustmentInputSchema, LedgerSchema, PayCodeSchema, PostingSchema } from '../schemas'
import { area, HOUSEHOLD_MEMBERS, READERS_OF_HOUSEHOLDS, TOWN_ADMIN } from './route'
import { lazily } from '../schemas/lazily'

export const beanRoutes = area(
  {
    name: 'Beans',
    description: 'The 山药豆 ledger, adjustments and pay codes',
  },
  {
    getLedger: {
      method: 'GET',
      path: '/v1/households/{householdId}/ledger',
      summary: 'A household’s balance and postings, newest first, paged',
      roles: READERS_OF_HOUSEHOLDS,
      query: lazily(() => z.object({ cursor: z.string().optional() })),
      answer: LedgerSchema,
    },
    createAdjustment: {
      method: 'POST',
      path: '/v1/households/{householdId}/adjustments',
      summary: 'A town administrator’s correction of a balance, with a reason',
      roles: TOWN_ADMIN,
      body: AdjustmentInputSchema,
      answer: PostingSchema,
      status: 201,
      idempotent: true,
    },
    issuePayCode: {
      method: 'POST',
      path: '/v1/households/{householdId}/pay-code',
      summary:
        'A signed pay code for the household, valid 60 s and once (a member of the household only)',
      roles: HOUSEHOLD_MEMBERS,
      answer: PayCodeSchema,
      status: 201,
    },
  },
)
