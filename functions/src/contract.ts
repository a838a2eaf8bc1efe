import {
  IdSchema,
  IndicatorInputSchema,
  IndicatorPatchSchema,
  NamedUnitInputSchema,
  HouseholdInputSchema,
  HouseholdMoveSchema,
  PersonInputSchema,
  PhoneSchema,
  RoleAssignmentSchema,
  TownConfigSchema,
  DateSchema,
  type Role,
} from '@jifenbao/shared'
import * as z from 'zod'

/**
 * Every HTTP route: method, path, who may call it, and the schemas of its input. The
 * handlers, serverless.yml's functions, the OpenAPI document and the tests all read this.
 * `roles`: 'public' (no token), 'signedIn' (any person), or the roles that may ever call it
 * (the town admin may call everything in the town).
 */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  summary: string
  roles: 'public' | 'signedIn' | readonly Role[]
  body?: z.ZodType
  query?: z.ZodType
  /** Only served on the local and test stages. */
  localOnly?: boolean
}

const VILLAGE_STAFF = ['villageLeader', 'infoAdmin', 'reviewBoard'] as const
const READERS_OF_HOUSEHOLDS = ['villager', 'linkLeader', 'gridLeader', ...VILLAGE_STAFF] as const

export const routes = {
  health: { method: 'GET', path: '/v1/health', summary: 'Liveness', roles: 'public' },
  openapi: {
    method: 'GET',
    path: '/v1/openapi.json',
    summary: 'This API as OpenAPI 3',
    roles: 'public',
  },
  devCreateTown: {
    method: 'POST',
    path: '/v1/dev/towns',
    summary: 'A new empty town with one town administrator (local stage only)',
    roles: 'public',
    body: NamedUnitInputSchema,
    localOnly: true,
  },
  devLogin: {
    method: 'POST',
    path: '/v1/auth/dev',
    summary: 'Sign in by phone (local stage only)',
    roles: 'public',
    body: z.object({ phone: PhoneSchema, townId: IdSchema.optional() }),
    localOnly: true,
  },
  wechatLogin: {
    method: 'POST',
    path: '/v1/auth/wechat',
    summary:
      'Sign in with a wx.login code; binds the account with a one-time bind code the first time',
    roles: 'public',
    body: z.object({
      code: z.string().trim().min(1).max(128),
      bindCode: z.string().trim().min(1).max(32).optional(),
    }),
  },
  me: {
    method: 'GET',
    path: '/v1/me',
    summary: 'The signed-in person and their roles',
    roles: 'signedIn',
  },
  getConfig: {
    method: 'GET',
    path: '/v1/config',
    summary: 'The town’s rule parameters',
    roles: [],
  },
  putConfig: {
    method: 'PUT',
    path: '/v1/config',
    summary: 'Replace the town’s rule parameters',
    roles: [],
    body: TownConfigSchema,
  },
  createVillage: {
    method: 'POST',
    path: '/v1/villages',
    summary: 'Add a village',
    roles: [],
    body: NamedUnitInputSchema,
  },
  listVillages: {
    method: 'GET',
    path: '/v1/villages',
    summary: 'The town’s villages',
    roles: 'signedIn',
  },
  getVillage: {
    method: 'GET',
    path: '/v1/villages/{villageId}',
    summary: 'A village with its grids, groups and household counts',
    roles: READERS_OF_HOUSEHOLDS,
  },
  createGrid: {
    method: 'POST',
    path: '/v1/villages/{villageId}/grids',
    summary: 'Add a micro-grid (微网格)',
    roles: ['infoAdmin'],
    body: NamedUnitInputSchema,
  },
  createGroup: {
    method: 'POST',
    path: '/v1/grids/{gridId}/groups',
    summary: 'Add a joint-household group (联户小组)',
    roles: ['infoAdmin'],
    body: NamedUnitInputSchema,
  },
  createHousehold: {
    method: 'POST',
    path: '/v1/groups/{groupId}/households',
    summary: 'Add a household (户)',
    roles: ['infoAdmin'],
    body: HouseholdInputSchema,
  },
  moveHousehold: {
    method: 'POST',
    path: '/v1/households/{householdId}/move',
    summary: 'Move a household to another group; the move is kept as history',
    roles: ['infoAdmin'],
    body: HouseholdMoveSchema,
  },
  getHousehold: {
    method: 'GET',
    path: '/v1/households/{householdId}',
    summary: 'A household with its members (numbers masked) and restrictions',
    roles: READERS_OF_HOUSEHOLDS,
  },
  createPerson: {
    method: 'POST',
    path: '/v1/people',
    summary: 'Add a person; with a household they are its villager',
    roles: ['infoAdmin'],
    body: PersonInputSchema,
  },
  grantRole: {
    method: 'POST',
    path: '/v1/roles',
    summary: 'Assign a role',
    roles: ['infoAdmin'],
    body: RoleAssignmentSchema,
  },
  revokeRole: {
    method: 'DELETE',
    path: '/v1/roles',
    summary: 'Remove a role',
    roles: ['infoAdmin'],
    body: RoleAssignmentSchema,
  },
  issueBindCode: {
    method: 'POST',
    path: '/v1/people/{personId}/bind-code',
    summary: 'A one-time code to bind the person’s WeChat account',
    roles: ['infoAdmin'],
  },
  listIndicators: {
    method: 'GET',
    path: '/v1/indicators',
    summary: 'The indicator catalogue',
    roles: 'signedIn',
  },
  createIndicator: {
    method: 'POST',
    path: '/v1/indicators',
    summary: 'Add an indicator',
    roles: [],
    body: IndicatorInputSchema,
  },
  patchIndicator: {
    method: 'PATCH',
    path: '/v1/indicators/{code}',
    summary: 'Edit or retire (active=false) an indicator; past entries keep their points',
    roles: [],
    body: IndicatorPatchSchema,
  },
  deleteIndicator: {
    method: 'DELETE',
    path: '/v1/indicators/{code}',
    summary: 'Delete an indicator that no entry names (409 otherwise)',
    roles: [],
  },
  listAudit: {
    method: 'GET',
    path: '/v1/audit',
    summary:
      'The audit trail of an object (targetId) or of a day (date, Asia/Shanghai; default today)',
    roles: [],
    query: z.object({
      targetId: IdSchema.optional(),
      date: DateSchema.optional(),
      cursor: z.string().optional(),
    }),
  },
} as const satisfies Record<string, RouteSpec>

export type RouteName = keyof typeof routes
