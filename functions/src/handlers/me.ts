import { routes } from '../contract'
import { http } from '../lib/http'
import { userView } from '../lib/session'

export const handler = http(routes.me, async ({ principal }) => userView(principal))
