import { townRoutes } from '@jifenbao/shared'
import { getTown } from '../data/towns'
import { http } from '../lib/edge/http'

export const handler = http(
  townRoutes.getConfig,
  async ({ principal }) => (await getTown(principal.townId)).config,
)
