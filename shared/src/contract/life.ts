import * as z from 'zod'
import {
  ActivitiesSchema,
  ActivityClosedSchema,
  ActivityInputSchema,
  ActivitySchema,
  CheckInCodeSchema,
  CheckInInputSchema,
  CheckInSchema,
  CheckInsSchema,
  CreatedSchema,
  MonthSchema,
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
import { area, HOUSEHOLD_MEMBERS, PDF, READERS_OF_HOUSEHOLDS, VILLAGE_STAFF } from './route'
import { lazily } from '../schemas/lazily'

/** Who plans a village's activities and runs them (besides the town admin). */
export const ORGANISERS = ['villageLeader', 'infoAdmin'] as const

/** Who posts a village's notices (besides the town admin). */
export const NOTICE_WRITERS = ['villageLeader', 'gridLeader', 'infoAdmin'] as const

/** Village life (SPEC §8 and §8a): activities, notices and welfare rounds. */
export const lifeRoutes = area(
  {
    name: 'Village life',
    description:
      'Activities with QR check-in, notices to a village, and welfare rounds tied to the beans households earned',
  },
  {
    createActivity: {
      method: 'POST',
      path: '/v1/villages/{villageId}/activities',
      summary:
        'Plan an activity: a title, an indicator (not one that needs photos), a time window and a place',
      roles: ORGANISERS,
      body: ActivityInputSchema,
      answer: CreatedSchema,
      status: 201,
    },
    listActivities: {
      method: 'GET',
      path: '/v1/villages/{villageId}/activities',
      summary: 'The village’s activities of a month (by their start), soonest first',
      roles: READERS_OF_HOUSEHOLDS,
      query: lazily(() => z.object({ month: MonthSchema })),
      answer: ActivitiesSchema,
    },
    getActivity: {
      method: 'GET',
      path: '/v1/activities/{id}',
      summary: 'An activity: its window, place, status and how many households checked in',
      roles: READERS_OF_HOUSEHOLDS,
      answer: ActivitySchema,
    },
    listCheckIns: {
      method: 'GET',
      path: '/v1/activities/{id}/check-ins',
      summary: 'The households checked in so far, for the organiser’s live list',
      roles: ORGANISERS,
      answer: CheckInsSchema,
    },
    issueCheckInCode: {
      method: 'POST',
      path: '/v1/activities/{id}/check-in-code',
      summary: 'A signed check-in code that lives 60 s (the organiser, while the activity is on)',
      roles: ORGANISERS,
      answer: CheckInCodeSchema,
      status: 201,
    },
    checkIn: {
      method: 'POST',
      path: '/v1/activities/{id}/check-ins',
      summary:
        'Check the caller’s household in with the scanned code (the same household again: 200 with the first answer)',
      roles: HOUSEHOLD_MEMBERS,
      body: CheckInInputSchema,
      answer: CheckInSchema,
      status: 201,
    },
    closeActivity: {
      method: 'POST',
      path: '/v1/activities/{id}/close',
      summary:
        'Close: one pending entry per checked-in household, submitted by the organiser; those over the monthly cap skipped',
      roles: ORGANISERS,
      answer: ActivityClosedSchema,
    },
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
      query: lazily(() => z.object({ villageId: IdSchema.optional() })),
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
