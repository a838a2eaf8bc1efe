import { maskName, printableRoutes } from '@jifenbao/shared'
import { getVillage, namedHouseholds, villageStructure } from '../data/org'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'
import { authorizeInVillage } from '../lib/access/placement'
import { drawDoorCards, linkTo, pdfFile } from '../services/printables'

/** A card for each open household's door, in roster order: scanned, it opens the household. */
export const handler = http(printableRoutes.printDoorCards, async ({ principal, params }) => {
  const village = await getVillage(params.villageId, principal.townId)
  await authorizeInVillage(principal, village)
  const [{ config }, structure] = await Promise.all([
    getTown(village.townId),
    villageStructure(village.id),
  ])
  return pdfFile(`${village.name}门牌卡`, (doc) =>
    drawDoorCards(
      doc,
      village.name,
      namedHouseholds(structure).map((h) => ({
        headName: maskName(h.headName),
        group: `${h.gridName} · ${h.groupName}`,
        link: linkTo(config.linkHost, `/m/household?id=${encodeURIComponent(h.id)}`),
      })),
    ),
  )
})
