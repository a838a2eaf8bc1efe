import { exportRoutes, RESTRICTION_NAMES } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { finishedYearHonours } from '../services/honours'
import { sheetFile } from '../services/sheets'

/** The party members' households of a finished year: their beans, place, and exclusion. */
export const handler = http(exportRoutes.exportPartyMembers, async ({ principal, query, now }) => {
  const { village, honours } = await finishedYearHonours(principal, query, now)
  return sheetFile(
    `${village.name}${query.year}年党员户情况`,
    '党员户',
    [{ header: '户主' }, { header: '全年山药豆' }, { header: '评优名次' }, { header: '负面清单' }],
    (honours.partyMembers ?? []).map((h) => [
      h.headName,
      h.earned,
      h.rank,
      h.excluded ? RESTRICTION_NAMES.no_honours : null,
    ]),
  )
})
