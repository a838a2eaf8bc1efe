import { monthZh, printableRoutes } from '@jifenbao/shared'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { publishedBoard } from '../services/month'
import { drawPoster, linkTo, pdfFile } from '../services/printables'

/** The month's 公示 to post on the village board, as published (names masked). */
export const handler = http(printableRoutes.printPoster, async ({ principal, params }) => {
  const { village, month, rows } = await publishedBoard(principal, params.villageId, params.month)
  const { config } = await getTown(village.townId)
  const title = `${village.name}${monthZh(params.month)}积分公示`
  return pdfFile(title, (doc) =>
    drawPoster(doc, {
      title,
      deadline: month.status === 'published' ? month.objectionDeadline! : null,
      link: linkTo(
        config.linkHost,
        `/m/month?villageId=${encodeURIComponent(village.id)}&month=${params.month}`,
      ),
      rows,
    }),
  )
})
