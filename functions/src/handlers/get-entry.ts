import { s3Photos } from '../adapters/photos'
import { entryRoutes } from '@jifenbao/shared'
import { getEntry } from '../data/entries'
import { http } from '../lib/edge/http'
import { entryTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { entryView, submitterNames } from '../services/entries'

export const handler = http(entryRoutes.getEntry, async ({ principal, params }) => {
  const entry = await getEntry(params.id, principal.townId)
  authorize(principal, entryRoutes.getEntry.roles, entryTarget(entry))
  return entryView(entry, s3Photos, await submitterNames([entry]))
})
