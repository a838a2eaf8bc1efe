import { routes } from '../contract'
import { http } from '../lib/http'
import { openApiDocument } from '../openapi'

const document = openApiDocument()

export const handler = http(routes.openapi, async () => document)
