import {
  dateOf,
  exportRoutes,
  maskName,
  POSTING_KIND_NAMES,
  postingDetail,
  shanghaiTime,
} from '@jifenbao/shared'
import { allPostings } from '../data/ledger'
import { getHousehold, getVillage, villageStructure, type HouseholdItem } from '../data/org'
import { http } from '../lib/edge/http'
import { householdTarget, villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { sheetFile } from '../services/sheets'

const roles = exportRoutes.exportLedger.roles

/** The households a ledger export covers, and what its file is called. */
async function covered(
  principal: Parameters<typeof authorize>[0],
  query: { householdId?: string; villageId?: string },
): Promise<{ households: HouseholdItem[]; title: string }> {
  if (query.householdId) {
    const household = await getHousehold(query.householdId, principal.townId)
    authorize(principal, roles, householdTarget(household))
    return { households: [household], title: `${maskName(household.headName)}户` }
  }
  const village = await getVillage(query.villageId!, principal.townId)
  authorize(principal, roles, villageTarget(village))
  const { households, closed } = await villageStructure(village.id)
  return { households: [...households, ...closed], title: village.name }
}

/** Bean postings, one row each, oldest first: a household's, or a village's over a period. */
export const handler = http(exportRoutes.exportLedger, async ({ principal, query }) => {
  const { households, title } = await covered(principal, query)
  const { from = '0000-01-01', to = '9999-12-31' } = query
  const postings = await Promise.all(
    households.map(async (h) =>
      (await allPostings(h.id)).map((p) => ({ ...p, headName: maskName(h.headName) })),
    ),
  )
  const rows = postings
    .flat()
    .filter((p) => dateOf(p.at) >= from && dateOf(p.at) <= to)
    .sort((a, b) => a.at.localeCompare(b.at))
  const period = query.from || query.to ? `${query.from ?? ''}至${query.to ?? ''}` : ''
  return sheetFile(
    `${title}山药豆明细${period}`,
    '山药豆明细',
    [
      { header: '户主' },
      { header: '时间', width: 18 },
      { header: '类别' },
      { header: '说明', width: 24 },
      { header: '山药豆' },
      { header: '余额' },
    ],
    rows.map((p) => [
      p.headName,
      shanghaiTime(p.at),
      POSTING_KIND_NAMES[p.kind],
      postingDetail(p.source),
      p.amount,
      p.balanceAfter,
    ]),
  )
})
