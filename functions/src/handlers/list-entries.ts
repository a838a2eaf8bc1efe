import { type Role, entryRoutes } from '@jifenbao/shared'
import { s3Photos } from '../adapters/photos'
import { entryPage } from '../data/entries'
import { getHousehold, getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { grantsWithin, householdTarget, villageTarget } from '../lib/access/placement'
import { authorize, covers } from '../lib/access/scope'
import { entryView, submitterNames } from '../services/entries'

const VISIBLE_BY = { villager: 'householdId', linkLeader: 'groupId', gridLeader: 'gridId' } as const

export const handler = http(entryRoutes.listEntries, async ({ principal, query }) => {
  const { villageId, month, status, householdId, submittedBy, cursor } = query
  let page
  if (villageId && month) {
    const village = await getVillage(villageId, principal.townId)
    // Village staff see the whole village; leaders their groups or grids; villagers their household.
    const whole = covers(
      principal,
      ['villageLeader', 'infoAdmin', 'reviewBoard'],
      villageTarget(village),
    )
    const mine = await grantsWithin(principal, Object.keys(VISIBLE_BY) as Role[], village)
    const visible = Object.entries(VISIBLE_BY)
      .map(([role, field]) => ({
        field,
        ids: mine.filter((g) => g.role === role).map((g) => g.scopeId),
      }))
      .filter((v) => v.ids.length > 0)
    if (!whole && visible.length === 0) authorize(principal, [], villageTarget(village))
    page = await entryPage(
      { villageId, month },
      { status, householdId, submittedBy, ...(!whole && { visible }) },
      cursor,
    )
  } else {
    const household = await getHousehold(householdId!, principal.townId)
    authorize(principal, entryRoutes.listEntries.roles, householdTarget(household))
    page = await entryPage({ householdId: household.id, month }, { status, submittedBy }, cursor)
  }
  const names = await submitterNames(page.items)
  return {
    items: await Promise.all(page.items.map((e) => entryView(e, s3Photos, names))),
    cursor: page.cursor,
  }
})
