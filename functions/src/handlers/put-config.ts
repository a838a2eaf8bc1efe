import { routes } from '../contract'
import { putConfig } from '../data/towns'
import { http } from '../lib/http'

export const handler = http(routes.putConfig, async ({ actor, body }) => {
  await putConfig(actor, body)
  return body
})
