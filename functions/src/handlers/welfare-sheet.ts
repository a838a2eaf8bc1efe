import { dateZh, lifeRoutes } from '@jifenbao/shared'
import { welfareGiven } from '../data/welfare'
import { http } from '../lib/edge/http'
import { drawSignOffSheet, pdfFile } from '../services/printables'
import { readableRound, roundHouseholds } from '../services/welfare'

/** A welfare round's sign-off sheet: each eligible household, with what it got once recorded. */
export const handler = http(lifeRoutes.welfareSheet, async ({ principal, params, now }) => {
  const { round, villages } = await readableRound(principal, params.id)
  const [{ eligible }, given] = await Promise.all([
    roundHouseholds(round, villages, now),
    welfareGiven(round.id),
  ])
  const itemOf = new Map(given.map((g) => [g.householdId, g.item]))
  const title = `${round.villageId ? villages[0]!.name : ''}${round.name}签领表`
  return pdfFile(title, (doc) =>
    drawSignOffSheet(doc, {
      title,
      rule: `${dateZh(round.from)} 至 ${dateZh(round.to)} 获得山药豆不少于 ${round.minBeansEarned} 颗的农户，共 ${eligible.length} 户；负面惩戒清单上的农户不在此表。`,
      rows: eligible.map((h) => ({ ...h, item: itemOf.get(h.householdId) ?? '' })),
    }),
  )
})
