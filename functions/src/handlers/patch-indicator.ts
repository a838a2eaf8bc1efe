import { routes } from '../contract'
import { patchIndicator } from '../data/indicators'
import { http } from '../lib/http'

export const handler = http(routes.patchIndicator, async ({ actor, params, body }) =>
  patchIndicator(actor, params.code!, body),
)
