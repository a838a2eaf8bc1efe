import { routes } from '../contract'
import { getTown } from '../data/towns'
import { http } from '../lib/http'

export const handler = http(
  routes.getConfig,
  async ({ principal }) => (await getTown(principal.townId)).config,
)
