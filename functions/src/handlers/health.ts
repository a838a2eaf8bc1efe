import { routes } from '../contract'
import { http } from '../lib/http'

export const handler = http(routes.health, async () => ({ ok: true }))
