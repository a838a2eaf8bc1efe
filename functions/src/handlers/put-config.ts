import { townRoutes } from '@jifenbao/shared'
import { putConfig } from '../data/towns'
import { http } from '../lib/edge/http'

export const handler = http(townRoutes.putConfig, async ({ actor, body }) => {
  await putConfig(actor, body)
  return body
})
