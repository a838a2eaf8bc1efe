import {
  dateOf,
  exportRoutes,
  maskName,
  POSTING_KIND_NAMES,
  postingDetail,
  shanghaiTime,
} from '@jifenbao/shared'
import { allPostings } from '../data/ledger'
import { getHousehold } from '../data/org'
import { http } from '../lib/edge/http'
import { householdTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { sheetFile } from '../services/sheets'

/** A household's bean postings over a period (all of them without one), oldest first. */
export const handler = http(exportRoutes.exportLedger, async ({ principal, query }) => {
  const household = await getHousehold(query.householdId, principal.townId)
  authorize(principal, exportRoutes.exportLedger.roles, householdTarget(household))
  const { from = '0000-01-01', to = '9999-12-31' } = query
  const postings = (await allPostings(household.id)).filter((p) => {
    const day = dateOf(p.at)
    return day >= from && day <= to
  })
  const period = query.from || query.to ? `${query.from ?? ''}至${query.to ?? ''}` : ''
  return sheetFile(
    `${maskName(household.headName)}户山药豆明细${period}`,
    '山药豆明细',
    [
      { header: '时间', width: 18 },
      { header: '类别' },
      { header: '说明', width: 24 },
      { header: '山药豆' },
      { header: '余额' },
    ],
    postings.map((p) => [
      shanghaiTime(p.at),
      POSTING_KIND_NAMES[p.kind],
      postingDetail(p.source),
      p.amount,
      p.balanceAfter,
    ]),
  )
})
