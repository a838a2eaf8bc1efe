import { authRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'
import { userView } from '../lib/edge/session'

export const handler = http(authRoutes.me, async ({ principal }) => userView(principal))
