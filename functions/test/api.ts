import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda'
import { ulid } from 'ulid'
import { routes, type RouteName, type RouteSpec } from '@jifenbao/shared'

/** The handler file of a route: `createVillage` → `handlers/create-village.ts`. */
export const handlerFile = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function match(method: string, path: string): { name: RouteName; params: Record<string, string> } {
  for (const [name, spec] of Object.entries(routes)) {
    if (spec.method !== method) continue
    const names: string[] = []
    const pattern = new RegExp(
      `^${spec.path.replace(/\{(\w+)\}/g, (_, p: string) => (names.push(p), '([^/]+)'))}$`,
    )
    const m = pattern.exec(path)
    if (m)
      return {
        name: name as RouteName,
        params: Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])),
      }
  }
  throw new Error(`no route ${method} ${path}`)
}

/** Every success answer of every test is held to the route's success schema in the contract. */
function answers(name: RouteName, body: unknown) {
  const { answer } = routes[name] as RouteSpec
  if ('file' in answer) return
  const checked = answer.safeParse(body)
  if (!checked.success)
    throw new Error(`${name} answered outside its schema: ${JSON.stringify(checked.error.issues)}`)
}

export interface Response<T = any> {
  status: number
  body: T
  headers?: Record<string, unknown>
}

/**
 * Calls a route the way API Gateway would: the real handler (middy, zod, auth) against
 * DynamoDB Local, in this process.
 */
export async function call<T = any>(
  method: string,
  url: string,
  opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Response<T>> {
  const [path, search] = url.split('?') as [string, string | undefined]
  const { name, params } = match(method, path)
  const { handler } = (await import(`../src/handlers/${handlerFile(name)}`)) as {
    handler: (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>
  }
  const event = {
    version: '2.0',
    routeKey: `${method} ${routes[name].path}`,
    rawPath: path,
    rawQueryString: search ?? '',
    headers: {
      'content-type': 'application/json',
      ...(opts.token && { authorization: `Bearer ${opts.token}` }),
      // API Gateway (HTTP API) hands header names over in lower case.
      ...Object.fromEntries(
        Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      ),
    },
    queryStringParameters: search ? Object.fromEntries(new URLSearchParams(search)) : undefined,
    pathParameters: Object.keys(params).length ? params : undefined,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    isBase64Encoded: false,
    requestContext: { requestId: ulid(), http: { method, path } },
  } as unknown as APIGatewayProxyEventV2
  const result = await handler(event, { awsRequestId: ulid() } as Context)
  // A file comes back as its bytes, base64 as API Gateway carries it.
  const body = result.isBase64Encoded
    ? Buffer.from(result.body!, 'base64')
    : result.body
      ? JSON.parse(result.body)
      : undefined
  if (result.statusCode! < 300 && !result.isBase64Encoded) answers(name, body)
  return { status: result.statusCode!, body, headers: result.headers ?? {} }
}
