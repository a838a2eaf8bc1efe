import { orgRoutes } from '@jifenbao/shared'
import { listVillages } from '../data/org'
import { http } from '../lib/edge/http'

export const handler = http(orgRoutes.listVillages, async ({ principal }) => ({
  items: (await listVillages(principal.townId)).map(({ id, name }) => ({ id, name })),
  cursor: null,
}))
