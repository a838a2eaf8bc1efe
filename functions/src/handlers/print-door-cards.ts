import { maskName, printableRoutes } from '@jifenbao/shared'
import { getVillage, villageStructure } from '../data/org'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { drawDoorCards, linkTo, pdfFile } from '../services/printables'

/** A card for each open household's door: scanned, it opens the household in the app. */
export const handler = http(printableRoutes.printDoorCards, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const [{ config }, { grids, groups, households }] = await Promise.all([
    getTown(village.townId),
    villageStructure(village.id),
  ])
  const names = new Map([...grids, ...groups].map((u) => [u.id, u.name]))
  const sorted = households.sort(
    (a, b) =>
      `${names.get(a.gridId)}${names.get(a.groupId)}`.localeCompare(
        `${names.get(b.gridId)}${names.get(b.groupId)}`,
        'zh',
      ) || a.id.localeCompare(b.id),
  )
  return pdfFile(`${village.name}门牌卡`, (doc) =>
    drawDoorCards(
      doc,
      village.name,
      sorted.map((h) => ({
        headName: maskName(h.headName),
        group: `${names.get(h.gridId) ?? ''} · ${names.get(h.groupId) ?? ''}`,
        link: linkTo(config.linkHost, `/m/household?id=${encodeURIComponent(h.id)}`),
      })),
    ),
  )
})
