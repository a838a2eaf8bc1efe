import type * as z from 'zod'
import type { Role } from '../schemas/org'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const PDF = 'application/pdf'

/** A file answer (xlsx, PDF): the body is the file itself, of this content type. */
export interface FileAnswer {
  file: string
}

/**
 * One HTTP route: method, path, who may call it, the schemas of its input and of its
 * success answer. The handlers, serverless.yml's functions, the OpenAPI document, the
 * mini-program's client and the tests all read it.
 */
export interface RouteSpec {
  method: Method
  path: `/v1/${string}`
  summary: string
  /** The area it belongs to, as OpenAPI tags it. */
  tag: Tag
  /**
   * 'public' (no token), 'signedIn' (any person), or the roles that may ever call it
   * (the town admin may call everything in the town).
   */
  roles: 'public' | 'signedIn' | readonly Role[]
  body?: z.ZodType
  query?: z.ZodType
  /** Path parameters that must have a shape (e.g. a month); the others are plain strings. */
  params?: z.ZodType
  /** The success answer. */
  answer: z.ZodType | FileAnswer
  /** The success status: 201 for a route that makes something. */
  status?: 200 | 201
  /** A money-like write: honours the Idempotency-Key header. */
  idempotent?: true
  /**
   * A write of many steps that a re-run finishes without writing anything twice (each step
   * keyed by what it is): a retry after a failure part-way runs it again. Any other route that
   * dies after it wrote is not run again for the same key (API.md Conventions).
   */
  resumable?: true
  /** A Lambda that works longer than the default 10 s (API Gateway waits at most 30). */
  timeoutSeconds?: number
  /** Only served on the local and test stages. */
  localOnly?: true
}

/** An area of the contract: a name and what it is for. */
export interface Tag {
  name: string
  description: string
}

/** An area's routes, each tagged with the area. */
export const area = <const T extends Record<string, Omit<RouteSpec, 'tag'>>>(
  tag: Tag,
  routes: T,
): { [K in keyof T]: T[K] & { tag: Tag } } =>
  Object.fromEntries(Object.entries(routes).map(([name, r]) => [name, { ...r, tag }])) as {
    [K in keyof T]: T[K] & { tag: Tag }
  }

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined
type Typed<S> = S extends z.ZodType ? z.input<S> : undefined

type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | ParamNames<Rest>
  : never

/** The path's parameters as a caller fills them in. */
export type PathParams<R extends RouteSpec> = { [K in ParamNames<R['path']>]: string }

/** The path's parameters: strings, or what the route's `params` schema makes of them. */
export type ParamsOf<R extends RouteSpec> = PathParams<R> &
  (R extends {
    params: z.ZodType
  }
    ? z.output<R['params']>
    : unknown)

export type BodyOf<R extends RouteSpec> = Parsed<R['body']>
export type QueryOf<R extends RouteSpec> = Parsed<R['query']>
/** What a caller sends: the body and query before the schema's defaults and transforms. */
export type BodyInput<R extends RouteSpec> = Typed<R['body']>
export type QueryInput<R extends RouteSpec> = Typed<R['query']>

/** What a handler must answer (before the schema's transforms); a file route answers bytes. */
export type AnswerInput<R extends RouteSpec> = R['answer'] extends z.ZodType
  ? z.input<R['answer']>
  : FileBody
/** What a client receives once the answer is checked. */
export type AnswerOf<R extends RouteSpec> = R['answer'] extends z.ZodType
  ? z.output<R['answer']>
  : ArrayBuffer

/** A file a route answers with: its bytes and the name it is saved under. */
export interface FileBody {
  bytes: Uint8Array
  fileName: string
}

/** Fills a route's path with its parameters, each encoded. */
export const pathOf = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))

/** Who may read or act, by the groups of roles that recur in the contract (API.md table). */
export const VILLAGE_STAFF = ['villageLeader', 'infoAdmin', 'reviewBoard'] as const
export const READERS_OF_HOUSEHOLDS = [
  'villager',
  'linkLeader',
  'gridLeader',
  ...VILLAGE_STAFF,
] as const
export const SUBMITTERS = [
  'villager',
  'linkLeader',
  'gridLeader',
  'villageLeader',
  'infoAdmin',
] as const
export const REVIEWERS = ['villageLeader', 'reviewBoard'] as const
/** Any person of the town may act for their own household. */
export const HOUSEHOLD_MEMBERS = ['villager'] as const
/** The town administrator alone. */
export const TOWN_ADMIN = [] as const
