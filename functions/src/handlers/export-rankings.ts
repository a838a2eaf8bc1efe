import { exportRoutes, MEDAL_NAMES, UNIT_LEVEL_NAMES } from '@jifenbao/shared'
import { getAwards } from '../data/awards'
import { listVillages } from '../data/org'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { Refused } from '../lib/ground/refusals'
import { sheetFile } from '../services/sheets'

/** The quarter's rankings as awarded: place, unit, beans, medal and award. */
export const handler = http(exportRoutes.exportRankings, async ({ principal, query }) => {
  const awards = await getAwards(principal.townId, query.quarter)
  if (!awards) throw Refused.awardsNotGiven(query.quarter)
  const [town, villages] = await Promise.all([
    getTown(principal.townId),
    listVillages(principal.townId),
  ])
  const villageNames = new Map(villages.map((v) => [v.id, v.name]))
  const units = [...awards[query.level === 'grid' ? 'grids' : 'groups']].sort(
    (a, b) => a.rank - b.rank,
  )
  const [year, quarter] = query.quarter.split('-Q')
  return sheetFile(
    `${town.name}${year}年第${quarter}季度${UNIT_LEVEL_NAMES[query.level]}排名`,
    '排名',
    [
      { header: '名次' },
      { header: '村' },
      { header: UNIT_LEVEL_NAMES[query.level], width: 24 },
      { header: '户数' },
      { header: '山药豆' },
      { header: '奖牌' },
      { header: '奖励山药豆' },
    ],
    units.map((u) => [
      u.rank,
      villageNames.get(u.villageId) ?? '',
      [u.gridName, u.name].filter(Boolean).join(' · '),
      u.households,
      u.total,
      u.tier ? MEDAL_NAMES[u.tier] : '',
      u.award ?? 0,
    ]),
  )
})
