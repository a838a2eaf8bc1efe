import { lifeRoutes, VILLAGE_STAFF } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { roundFields, townWelfareRounds } from '../data/welfare'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { http } from '../lib/edge/http'

/** The town's welfare rounds, or a village's for its staff, newest first. */
export const handler = http(lifeRoutes.listWelfareRounds, async ({ principal, query }) => {
  if (query.villageId)
    authorize(
      principal,
      VILLAGE_STAFF,
      villageTarget(await getVillage(query.villageId, principal.townId)),
    )
  else authorize(principal, [], { townId: principal.townId })
  const rounds = await townWelfareRounds(principal.townId)
  return {
    items: rounds
      .filter((r) => !query.villageId || r.villageId === query.villageId)
      .map(roundFields),
    cursor: null,
  }
})
