import { routes, type RouteSpec } from '@jifenbao/shared'
import * as z from 'zod'

/** The refusals a route can answer, each with the API's error body (API.md Conventions). */
const REFUSALS = {
  400: 'The request is not valid: VALIDATION (details: the fields), CODE_INVALID, CODE_EXPIRED',
  401: 'No token, or a token that is not valid: UNAUTHENTICATED',
  403: 'A role or scope that may not do this: FORBIDDEN, NOT_BOUND, RESTRICTED',
  404: 'NOT_FOUND: no such object in the caller’s town',
  409: 'The state refuses it: MONTH_CLOSED, CAP_EXCEEDED, INSUFFICIENT_BEANS, NOT_READY, INVALID_STATE, CONFLICT …',
  429: 'RATE_LIMITED: too many requests, try again shortly',
} as const
type RefusalStatus = keyof typeof REFUSALS

/** Which refusals a route can give, from what it takes and who may call it. */
function refusalsOf(route: RouteSpec): RefusalStatus[] {
  const signedIn = route.roles !== 'public'
  const names = route.path.includes('{') || route.body !== undefined || route.localOnly
  return [
    ...(route.body || route.query || route.params || route.idempotent ? [400 as const] : []),
    ...(signedIn ? [401 as const, 403 as const] : []),
    ...(names ? [404 as const] : []),
    ...(signedIn && route.method !== 'GET' ? [409 as const] : []),
    // API Gateway throttles every route.
    429 as const,
  ]
}

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  delete json.$schema
  return json as Record<string, unknown> & {
    properties?: Record<string, unknown>
    required?: string[]
  }
}

function parametersOf(route: RouteSpec) {
  const path = route.params ? schemaOf(route.params, 'input').properties : undefined
  const query = route.query ? schemaOf(route.query, 'input') : undefined
  return [
    ...[...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: path?.[name!] ?? { type: 'string' },
    })),
    ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query?.required?.includes(name) ?? false,
      schema,
    })),
  ]
}

function successOf(route: RouteSpec) {
  const content =
    'file' in route.answer
      ? { [route.answer.file]: { schema: { type: 'string', format: 'binary' } } }
      : { 'application/json': { schema: schemaOf(route.answer, 'output') } }
  return { [route.status ?? 200]: { description: 'Success', content } }
}

function operationOf(name: string, route: RouteSpec) {
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag.name],
    security: route.roles === 'public' ? [] : [{ bearer: [] }],
    'x-roles': Array.isArray(route.roles) ? ['townAdmin', ...route.roles] : route.roles,
    parameters: parametersOf(route),
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      },
    }),
    responses: {
      ...successOf(route),
      ...Object.fromEntries(
        refusalsOf(route).map((status) => [
          status,
          { $ref: `#/components/responses/Refused${status}` },
        ]),
      ),
    },
  }
}

/**
 * The OpenAPI 3.1 document of the contract in `shared/` — every route's inputs, success
 * answer and refusals; the handler adds the server it was served from.
 */
export function openApiDocument() {
  const all = Object.entries(routes) as [string, RouteSpec][]
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [name, route] of all)
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(name, route)
  const tags = [...new Map(all.map(([, r]) => [r.tag.name, r.tag])).values()]
  return {
    openapi: '3.1.0',
    info: {
      title: '积分宝 Jifenbao API',
      version: '1',
      description:
        'Points-based village governance: entries, the monthly publication, 山药豆 beans and the 共富超市.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Jifenbao-Proprietary' },
    },
    tags,
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string', description: '中文说明 / English' },
                details: {},
              },
            },
          },
        },
      },
      responses: Object.fromEntries(
        Object.entries(REFUSALS).map(([status, description]) => [
          `Refused${status}`,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
  }
}
