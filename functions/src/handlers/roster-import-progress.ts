import { orgRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { importProgress } from '../data/roster-imports'

/** The progress bar of an import in flight: the caller's own import of that key. */
export const handler = http(
  orgRoutes.rosterImportProgress,
  async ({ actor, principal, params }) => {
    const village = await getVillage(params.villageId, principal.townId)
    authorize(principal, orgRoutes.rosterImportProgress.roles, villageTarget(village))
    return importProgress(actor, params.key)
  },
)
