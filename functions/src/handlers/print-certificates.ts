import { printableRoutes } from '@jifenbao/shared'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { finishedYearHonours } from '../services/honours'
import { drawCertificates, pdfFile } from '../services/printables'

/** A certificate for each honoured household of a finished year, one to a page. */
export const handler = http(
  printableRoutes.printCertificates,
  async ({ principal, params, query, now }) => {
    const year = params.year
    const { village, honours } = await finishedYearHonours(
      principal,
      { villageId: query.villageId, year },
      now,
    )
    const town = await getTown(village.townId)
    return pdfFile(
      `${village.name}${year}年度荣誉证书`,
      (doc) =>
        drawCertificates(doc, honours.items, {
          year,
          issuer: `${town.name}${village.name}村民委员会`,
          issuedOn: now,
        }),
      'landscape',
    )
  },
)
