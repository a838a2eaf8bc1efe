import { s3Photos } from '../adapters/photos'
import { routes } from '../contract'
import { getEntry } from '../data/entries'
import { http } from '../lib/http'
import { entryTarget } from '../lib/placement'
import { authorize } from '../lib/scope'
import { entryView } from '../services/entries'

export const handler = http(routes.getEntry, async ({ principal, params }) => {
  const entry = await getEntry(params.id!, principal.townId)
  authorize(principal, routes.getEntry.roles, entryTarget(entry))
  return entryView(entry, s3Photos)
})
