import { routes } from '../contract'
import { listVillages } from '../data/org'
import { http } from '../lib/http'

export const handler = http(routes.listVillages, async ({ principal }) => ({
  items: (await listVillages(principal.townId)).map(({ id, name }) => ({ id, name })),
  cursor: null,
}))
