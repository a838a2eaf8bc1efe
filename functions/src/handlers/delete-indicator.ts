import { routes } from '../contract'
import { deleteIndicator } from '../data/indicators'
import { http } from '../lib/http'

export const handler = http(routes.deleteIndicator, async ({ actor, params }) => {
  await deleteIndicator(actor, params.code!)
  return { code: params.code, deleted: true }
})
