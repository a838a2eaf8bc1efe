import { routes } from '../contract'
import { createIndicator } from '../data/indicators'
import { created, http } from '../lib/http'

export const handler = http(routes.createIndicator, async ({ actor, body }) => {
  await createIndicator(actor, body)
  return created(body)
})
