import { dateOf, monthZh, printableRoutes } from '@jifenbao/shared'
import { getMonth } from '../data/months'
import { getVillage, villageStructure } from '../data/org'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { Refused } from '../lib/ground/refusals'
import { drawPoster, linkTo, pdfFile } from '../services/printables'

/** The month's 公示 to post on the village board, as published (names masked). */
export const handler = http(printableRoutes.printPoster, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const month = await getMonth(village.townId, village.id, params.month)
  if (month.status === 'open') throw Refused.monthNotPublished(params.month)
  const [{ config }, { grids, groups }] = await Promise.all([
    getTown(village.townId),
    villageStructure(village.id),
  ])
  const names = new Map([...grids, ...groups].map((u) => [u.id, u.name]))
  const refs = new Map(month.refs!.map((r) => [r.id, r]))
  const title = `${village.name}${monthZh(params.month)}积分公示`
  return pdfFile(title, (doc) =>
    drawPoster(doc, {
      title,
      deadline: month.status === 'published' ? dateOf(month.objectionDeadline!) : null,
      link: linkTo(
        config.linkHost,
        `/m/month?villageId=${encodeURIComponent(village.id)}&month=${params.month}`,
      ),
      rows: month.publication!.households.map((h) => {
        const ref = refs.get(h.householdId)!
        return {
          headName: h.headName,
          grid: names.get(ref.gridId) ?? '',
          group: names.get(ref.groupId) ?? '',
          byDimension: h.byDimension,
          score: h.score,
          beans: h.beans,
        }
      }),
    }),
  )
})
