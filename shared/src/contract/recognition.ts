import * as z from 'zod'
import {
  AwardsSchema,
  CreatedSchema,
  HonoursQuerySchema,
  HonoursSchema,
  QuarterSchema,
  RankingQuerySchema,
  RankingsSchema,
  ReasonInputSchema,
  RestrictionInputSchema,
  StatusSchema,
  YearSchema,
} from '../schemas'
import { area, READERS_OF_HOUSEHOLDS, TOWN_ADMIN } from './route'
import { lazily } from '../schemas/lazily'

const QUARTER = lazily(() => z.object({ quarter: QuarterSchema }))

export const recognitionRoutes = area(
  {
    name: 'Recognition',
    description: 'Quarter rankings and awards, year honours, and the negative list (负面惩戒清单)',
  },
  {
    applyRestriction: {
      method: 'POST',
      path: '/v1/households/{householdId}/restrictions',
      summary: 'Put a household on the negative list (负面惩戒清单)',
      roles: ['villageLeader'],
      body: RestrictionInputSchema,
      answer: CreatedSchema,
      status: 201,
      // Sent again on a weak signal, it must not list the household twice.
      idempotent: true,
    },
    liftRestriction: {
      method: 'POST',
      path: '/v1/restrictions/{id}/lift',
      summary: 'Lift a restriction, with a reason',
      roles: ['villageLeader'],
      body: ReasonInputSchema,
      answer: StatusSchema,
    },
    giveAwards: {
      method: 'POST',
      path: '/v1/quarters/{quarter}/awards',
      summary: 'Give the quarter’s medals and awards (一季一评比) once every month of it is final',
      roles: TOWN_ADMIN,
      params: QUARTER,
      answer: AwardsSchema,
      idempotent: true,
      resumable: true,
    },
    quarterRankings: {
      method: 'GET',
      path: '/v1/quarters/{quarter}/rankings',
      summary: 'Micro-grids or groups ranked by the quarter’s beans, with their medals',
      roles: 'signedIn',
      params: QUARTER,
      query: RankingQuerySchema,
      answer: RankingsSchema,
    },
    yearHonours: {
      method: 'GET',
      path: '/v1/years/{year}/honours',
      summary:
        'A village’s honoured households of the year (一年一评优), and the party members’ report',
      roles: READERS_OF_HOUSEHOLDS,
      params: lazily(() => z.object({ year: YearSchema })),
      query: HonoursQuerySchema,
      answer: HonoursSchema,
    },
  },
)
