import * as z from 'zod'
import { routes, type RouteSpec } from './contract'

const ERROR = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
}

/** The OpenAPI 3 document, generated from the same zod schemas the handlers validate with. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    const params = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, p]) => ({
      name: p,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    const query = spec.query
      ? Object.entries(
          (z.toJSONSchema(spec.query, { io: 'input' }) as { properties?: Record<string, unknown> })
            .properties ?? {},
        ).map(([p, schema]) => ({ name: p, in: 'query', required: false, schema }))
      : []
    paths[spec.path] ??= {}
    paths[spec.path]![spec.method.toLowerCase()] = {
      operationId: name,
      summary: spec.summary,
      ...(spec.roles !== 'public' && { security: [{ bearer: [] }] }),
      'x-roles': Array.isArray(spec.roles) ? ['townAdmin', ...spec.roles] : spec.roles,
      parameters: [...params, ...query],
      ...(spec.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(spec.body, { io: 'input' }) } },
        },
      }),
      responses: {
        default: { description: 'Error', content: { 'application/json': { schema: ERROR } } },
        '2XX': { description: 'Success', content: { 'application/json': { schema: {} } } },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: '积分宝 Jifenbao API', version: '1' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths,
  }
}
