import middy from '@middy/core'
import {
  bilingualIssue,
  type AnswerInput,
  type BodyOf,
  type FileBody,
  type ParamsOf,
  type QueryOf,
  type RouteSpec,
} from '@jifenbao/shared'
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda'
import type * as z from 'zod'
import { townNow } from '../../adapters/clock'
import { authenticate } from './auth'
import type { Actor, Principal } from '../ground/context'
import { env, isLocalStage } from '../ground/env'
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../ground/errors'
import { errorBody, fingerprint, idempotently, Reply } from './idempotent'
import { log, redactNumbers } from '../ground/log'
import { holdsAnyRole } from '../access/scope'

export interface Request<R extends RouteSpec> {
  body: BodyOf<R>
  query: QueryOf<R>
  params: ParamsOf<R>
  /** By lower-case name. */
  headers: Record<string, string | undefined>
  requestId: string
  now: Date
  /** Set on every route that is not public. */
  principal: R['roles'] extends 'public' ? undefined : Principal
  actor: R['roles'] extends 'public' ? undefined : Actor
}

type Event = APIGatewayProxyEventV2
type Result = APIGatewayProxyStructuredResultV2

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
})
const jsonOf = (reply: Reply) => json(reply.status, reply.body)

/** A file for the browser to save: its bytes, base64 as API Gateway carries binary bodies. */
const file = (contentType: string, { bytes, fileName }: FileBody): Result => ({
  statusCode: 200,
  headers: {
    'content-type': contentType,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  },
  body: Buffer.from(bytes).toString('base64'),
  isBase64Encoded: true,
})

/**
 * The one way to build a route's Lambda handler (API.md order of checks): token → 401;
 * a role that may never call the route → 403; then the body, query and path (400 with the
 * fields); then the handler, which checks the scope of the objects it touches and answers
 * what the route's success schema says (the compiler holds it to that).
 */
export function http<R extends RouteSpec>(
  route: R,
  fn: (req: Request<R>) => Promise<AnswerInput<R> | Reply>,
) {
  return middy<Event, Result, Error, Context>()
    .use({
      onError: (request) =>
        void (request.response = errorResponse(request.error, request.context, route)),
    })
    .handler(async (event, context) => {
      const started = Date.now()
      if (route.localOnly && !isLocalStage()) throw new NotFoundError('该接口', 'route')
      const requestId = context.awsRequestId
      const headers: Record<string, string | undefined> = Object.fromEntries(
        Object.entries(event.headers ?? {}).map(([k, v]) => [
          k.toLowerCase(),
          v as string | undefined,
        ]),
      )
      let principal: Principal | undefined
      if (route.roles !== 'public') {
        principal = await authenticate(headers.authorization)
        if (Array.isArray(route.roles) && !holdsAnyRole(principal, route.roles))
          throw new ForbiddenError()
      }
      const now = principal ? await townNow(principal.townId) : new Date()
      const raw = route.body ? readJson(event) : undefined
      const body = route.body ? parse(route.body, raw) : undefined
      const query = route.query ? parse(route.query, event.queryStringParameters ?? {}) : undefined
      const path = decodeParams(event.pathParameters)
      const params = route.params ? { ...path, ...(parse(route.params, path) as object) } : path
      const answer = () =>
        fn({
          body,
          query,
          params,
          headers,
          requestId,
          now,
          principal,
          actor: principal && {
            personId: principal.personId,
            townId: principal.townId,
            requestId,
            now,
          },
        } as Request<R>)
      const run = async () => {
        const out = await answer()
        return out instanceof Reply ? out : new Reply(route.status ?? 200, out)
      }
      const key = headers['idempotency-key']
      const result =
        'file' in route.answer
          ? file(route.answer.file, (await answer()) as FileBody)
          : jsonOf(
              route.idempotent && key && principal
                ? await idempotently(
                    principal.personId,
                    key,
                    fingerprint(route.method, `${event.rawPath}?${event.rawQueryString}`, raw),
                    run,
                    route.resumable,
                  )
                : await run(),
            )
      log.info('request', {
        route: route.path,
        method: route.method,
        status: result.statusCode,
        ms: Date.now() - started,
        requestId,
      })
      return result
    })
}

function readJson(event: Event): unknown {
  if (!event.body) return {}
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, 'base64').toString('utf8')
    : event.body
  try {
    return JSON.parse(text)
  } catch {
    throw new ValidationError([
      { path: 'body', message: '请求内容不是有效的 JSON / the body is not valid JSON' },
    ])
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: bilingualIssue })
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
  )
}

function decodeParams(
  params: Record<string, string | undefined> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [k, decodeURIComponent(v ?? '')]),
  )
}

/** Domain refusals as API.md bodies; anything else a bare 500 with the request id. */
function errorResponse(
  error: Error | null | undefined,
  context: Context,
  route: RouteSpec,
): Result {
  if (error instanceof DomainError) {
    log.info('refused', {
      route: route.path,
      method: route.method,
      status: error.status,
      code: error.code,
      requestId: context.awsRequestId,
    })
    return json(error.status, errorBody(error))
  }
  log.error('failed', {
    route: route.path,
    method: route.method,
    requestId: context.awsRequestId,
    error: error?.name,
    detail: redactNumbers(error?.message),
    stage: env().stage,
  })
  return json(500, {
    error: {
      code: 'INTERNAL',
      message: '服务器出错，请稍后再试 / internal error, try again later',
      requestId: context.awsRequestId,
    },
  })
}
