import { systemRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'

export const handler = http(systemRoutes.health, async () => ({ ok: true as const }))
