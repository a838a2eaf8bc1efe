import * as z from 'zod'
import { IdSchema, MonthSchema, YearSchema } from '../schemas'
import { area, PDF, READERS_OF_HOUSEHOLDS } from './route'
import { lazily } from '../schemas/lazily'

/**
 * What the village prints (API.md Second round): A4 PDFs with the Chinese text embedded
 * (a subset of the font), QR codes drawn as vectors that link under the town's link host.
 */
export const printableRoutes = area(
  {
    name: 'Printables',
    description: 'A4 PDFs: the month’s 公示 poster, year honours certificates, door cards',
  },
  {
    printPoster: {
      method: 'GET',
      path: '/v1/villages/{villageId}/months/{month}/poster.pdf',
      summary:
        'The month’s 公示 for the village board: every household, the objection deadline in large type, a QR to the month (409 NOT_READY while unpublished)',
      roles: READERS_OF_HOUSEHOLDS,
      params: lazily(() => z.object({ villageId: IdSchema, month: MonthSchema })),
      answer: { file: PDF },
    },
    printCertificates: {
      method: 'GET',
      path: '/v1/years/{year}/certificates.pdf',
      summary:
        'One certificate page per honoured household of the year (409 NOT_READY before it is over)',
      roles: READERS_OF_HOUSEHOLDS,
      params: lazily(() => z.object({ year: YearSchema })),
      query: lazily(() => z.object({ villageId: IdSchema })),
      answer: { file: PDF },
    },
    printDoorCards: {
      method: 'GET',
      path: '/v1/villages/{villageId}/door-cards.pdf',
      summary:
        'A card per open household, eight to a page: head’s masked name, group, QR to the household',
      roles: READERS_OF_HOUSEHOLDS,
      answer: { file: PDF },
    },
  },
)
