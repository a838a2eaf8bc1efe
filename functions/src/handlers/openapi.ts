import { systemRoutes } from '@jifenbao/shared'
import { isLocalStage } from '../lib/ground/env'
import { http } from '../lib/edge/http'
import { openApiDocument } from '../openapi'

/** Built on the first request, not at load: it builds every schema of the contract. */
let document: ReturnType<typeof openApiDocument> | undefined

/** The document names the server that served it, as the caller reached it. */
export const handler = http(systemRoutes.openapi, async ({ headers }) => {
  const scheme = headers['x-forwarded-proto'] ?? (isLocalStage() ? 'http' : 'https')
  document ??= openApiDocument()
  return { ...document, servers: [{ url: `${scheme}://${headers.host ?? '127.0.0.1:3000'}` }] }
})
