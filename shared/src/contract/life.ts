import * as z from 'zod'
import {
  CreatedSchema,
  IdSchema,
  NoticeInputSchema,
  NoticesSchema,
  PageQuerySchema,
  WelfareGivenInputSchema,
  WelfareGivenSchema,
  WelfareRoundInputSchema,
  WelfareRoundSchema,
  WelfareRoundsSchema,
} from '../schemas'
import { area, PDF, READERS_OF_HOUSEHOLDS, VILLAGE_STAFF } from './route'

/** Who posts a village's notices (besides the town admin). */
export const NOTICE_WRITERS = ['villageLeader', 'gridLeader', 'infoAdmin'] as const

/** Village life (SPEC §8 and §8a): notices and welfare rounds. */
export const lifeRoutes = area(
  {
    name: 'Village life',
    description: 'Notices to a village, and welfare rounds tied to the beans households earned',
  },
  {
    createNotice: {
      method: 'POST',
      path: '/v1/villages/{villageId}/notices',
      summary: 'Post a notice to the village (policy, a decision, a coming activity)',
      roles: NOTICE_WRITERS,
      body: NoticeInputSchema,
      answer: CreatedSchema,
      status: 201,
    },
    listNotices: {
      method: 'GET',
      path: '/v1/villages/{villageId}/notices',
      summary: 'The village’s notices, newest first, paged (every member of the village)',
      roles: READERS_OF_HOUSEHOLDS,
      query: PageQuerySchema,
      answer: NoticesSchema,
    },
    createWelfareRound: {
      method: 'POST',
      path: '/v1/welfare-rounds',
      summary:
        'Open a welfare round: a name, a period and the beans a household must have earned in it (the town, or a village leader for the village)',
      roles: ['villageLeader'],
      body: WelfareRoundInputSchema,
      answer: CreatedSchema,
      status: 201,
    },
    listWelfareRounds: {
      method: 'GET',
      path: '/v1/welfare-rounds',
      summary: 'The welfare rounds of the town, or those of a village (`villageId`), newest first',
      roles: VILLAGE_STAFF,
      query: z.object({ villageId: IdSchema.optional() }),
      answer: WelfareRoundsSchema,
    },
    getWelfareRound: {
      method: 'GET',
      path: '/v1/welfare-rounds/{id}',
      summary:
        'A welfare round: the eligible households, those excluded by the negative list with the reason, and what was given',
      roles: VILLAGE_STAFF,
      answer: WelfareRoundSchema,
    },
    welfareSheet: {
      method: 'GET',
      path: '/v1/welfare-rounds/{id}/sheet.pdf',
      summary: 'The round’s sign-off sheet (A4 PDF): each eligible household, a line to sign',
      roles: VILLAGE_STAFF,
      answer: { file: PDF },
    },
    giveWelfare: {
      method: 'POST',
      path: '/v1/welfare-rounds/{id}/given',
      summary:
        'Record what an eligible household received (excluded → 403 RESTRICTED, twice → 409)',
      roles: ['villageLeader', 'infoAdmin'],
      body: WelfareGivenInputSchema,
      answer: WelfareGivenSchema,
      status: 201,
    },
  },
)
