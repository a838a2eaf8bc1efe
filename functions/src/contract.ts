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
  AdjustmentInputSchema,
  BatchEntryInputSchema,
  EntryInputSchema,
  EntryQuerySchema,
  MonthSchema,
  ObjectionInputSchema,
  HonoursQuerySchema,
  QuarterSchema,
  RankingQuerySchema,
  YearSchema,
  RejectInputSchema,
  ResolveInputSchema,
  UploadInputSchema,
  PayCodeInputSchema,
  ReasonInputSchema,
  RedemptionInputSchema,
  RestrictionInputSchema,
  ShopInputSchema,
  ShopItemInputSchema,
  ShopItemPatchSchema,
  StatementQuerySchema,
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
  /** Path parameters that must have a shape (e.g. a month). */
  params?: z.ZodType
  /** A money-like write: honours the Idempotency-Key header. */
  idempotent?: true
  /** Only served on the local and test stages. */
  localOnly?: boolean
}

const VILLAGE_STAFF = ['villageLeader', 'infoAdmin', 'reviewBoard'] as const
const READERS_OF_HOUSEHOLDS = ['villager', 'linkLeader', 'gridLeader', ...VILLAGE_STAFF] as const
const SUBMITTERS = ['villager', 'linkLeader', 'gridLeader', 'villageLeader', 'infoAdmin'] as const
const REVIEWERS = ['villageLeader', 'reviewBoard'] as const
const VILLAGE_MONTH = z.object({ villageId: IdSchema, month: MonthSchema })
/** Any person of the town may object for their own household. */
const HOUSEHOLD_MEMBERS = ['villager'] as const

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
  devSetClock: {
    method: 'POST',
    path: '/v1/dev/clock',
    summary:
      'Run the caller’s town clock ahead by offsetMs, e.g. past an objection deadline (local stage only)',
    roles: [],
    body: z.object({
      offsetMs: z
        .int()
        .min(0)
        .max(400 * 86_400_000),
    }),
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
  myUnits: {
    method: 'GET',
    path: '/v1/me/units',
    summary: 'Each of the person’s roles with the name and village of its unit, to switch between',
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
  listVillageHouseholds: {
    method: 'GET',
    path: '/v1/villages/{villageId}/households',
    summary: 'The village’s households within the caller’s scope (a leader’s group or grid)',
    roles: READERS_OF_HOUSEHOLDS,
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
    // Not money, but a roster typed on a weak signal must not make a household twice.
    idempotent: true,
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
    idempotent: true,
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
  createUpload: {
    method: 'POST',
    path: '/v1/uploads',
    summary: 'A presigned POST for one photo (jpeg/png/webp, ≤ 5 MB), valid 10 minutes',
    roles: SUBMITTERS,
    body: UploadInputSchema,
  },
  createEntry: {
    method: 'POST',
    path: '/v1/entries',
    summary: 'Submit an entry for a household (a villager: a self-report for their own)',
    roles: SUBMITTERS,
    body: EntryInputSchema,
    idempotent: true,
  },
  createBatchEntries: {
    method: 'POST',
    path: '/v1/entries/batch',
    summary: 'Record one activity for many households of a village: one entry each',
    roles: SUBMITTERS,
    body: BatchEntryInputSchema,
    idempotent: true,
  },
  listEntries: {
    method: 'GET',
    path: '/v1/entries',
    summary: 'Entries by village and month, or by household; newest first, paged',
    roles: READERS_OF_HOUSEHOLDS,
    query: EntryQuerySchema,
  },
  getEntry: {
    method: 'GET',
    path: '/v1/entries/{id}',
    summary: 'One entry, with photo links valid 10 minutes',
    roles: READERS_OF_HOUSEHOLDS,
  },
  approveEntry: {
    method: 'POST',
    path: '/v1/entries/{id}/approve',
    summary: 'Approve a pending entry',
    roles: REVIEWERS,
  },
  rejectEntry: {
    method: 'POST',
    path: '/v1/entries/{id}/reject',
    summary: 'Reject a pending entry with a reason',
    roles: REVIEWERS,
    body: RejectInputSchema,
  },
  publishMonth: {
    method: 'POST',
    path: '/v1/villages/{villageId}/months/{month}/publish',
    summary:
      'Publish a finished month (一月一公示): freeze it, score it, open the objection window',
    roles: ['reviewBoard'],
    params: VILLAGE_MONTH,
    idempotent: true,
  },
  getMonth: {
    method: 'GET',
    path: '/v1/villages/{villageId}/months/{month}',
    summary: 'A village-month and, once published, its publication',
    roles: READERS_OF_HOUSEHOLDS,
    params: VILLAGE_MONTH,
  },
  createObjection: {
    method: 'POST',
    path: '/v1/villages/{villageId}/months/{month}/objections',
    summary: 'Object to a published month or one of its entries, before the deadline',
    roles: HOUSEHOLD_MEMBERS,
    params: VILLAGE_MONTH,
    body: ObjectionInputSchema,
  },
  listObjections: {
    method: 'GET',
    path: '/v1/villages/{villageId}/months/{month}/objections',
    summary: 'A village-month’s objections',
    roles: READERS_OF_HOUSEHOLDS,
    params: VILLAGE_MONTH,
  },
  resolveObjection: {
    method: 'POST',
    path: '/v1/objections/{id}/resolve',
    summary: 'Dismiss an objection, or uphold it voiding entries (the publication is recomputed)',
    roles: ['reviewBoard'],
    body: ResolveInputSchema,
    idempotent: true,
  },
  finalizeMonth: {
    method: 'POST',
    path: '/v1/villages/{villageId}/months/{month}/finalize',
    summary: 'Credit each household’s beans once the window has closed with no open objection',
    roles: ['reviewBoard'],
    params: VILLAGE_MONTH,
    idempotent: true,
  },
  getLedger: {
    method: 'GET',
    path: '/v1/households/{householdId}/ledger',
    summary: 'A household’s balance and postings, newest first, paged',
    roles: READERS_OF_HOUSEHOLDS,
    query: z.object({ cursor: z.string().optional() }),
  },
  createAdjustment: {
    method: 'POST',
    path: '/v1/households/{householdId}/adjustments',
    summary: 'A town administrator’s correction of a balance, with a reason',
    roles: [],
    body: AdjustmentInputSchema,
    idempotent: true,
  },
  issuePayCode: {
    method: 'POST',
    path: '/v1/households/{householdId}/pay-code',
    summary:
      'A signed pay code for the household, valid 60 s and once (a member of the household only)',
    roles: HOUSEHOLD_MEMBERS,
  },
  createShop: {
    method: 'POST',
    path: '/v1/shops',
    summary: 'Add a 共富超市 or a partner unit',
    roles: [],
    body: ShopInputSchema,
  },
  listShops: {
    method: 'GET',
    path: '/v1/shops',
    summary: 'The town’s shops and partner units',
    roles: 'signedIn',
  },
  createShopItem: {
    method: 'POST',
    path: '/v1/shops/{shopId}/items',
    summary: 'Add goods with a bean price and optional stock',
    roles: [],
    body: ShopItemInputSchema,
  },
  patchShopItem: {
    method: 'PATCH',
    path: '/v1/shops/{shopId}/items/{itemId}',
    summary: 'Change goods: name, price, stock, or withdraw them (active=false)',
    roles: [],
    body: ShopItemPatchSchema,
  },
  listShopItems: {
    method: 'GET',
    path: '/v1/shops/{shopId}/items',
    summary: 'A shop’s goods',
    roles: 'signedIn',
  },
  scanPayCode: {
    method: 'POST',
    path: '/v1/shops/{shopId}/scan',
    summary: 'Preview a scanned pay code: the household (name masked) and its balance',
    roles: ['clerk'],
    body: PayCodeInputSchema,
  },
  createRedemption: {
    method: 'POST',
    path: '/v1/shops/{shopId}/redemptions',
    summary: 'Spend a pay code on goods: one atomic write, or nothing',
    roles: ['clerk'],
    body: RedemptionInputSchema,
    idempotent: true,
  },
  listRedemptions: {
    method: 'GET',
    path: '/v1/shops/{shopId}/redemptions',
    summary: 'A shop’s receipts of one day (default today)',
    roles: ['clerk'],
    query: z.object({ date: DateSchema.optional() }),
  },
  voidRedemption: {
    method: 'POST',
    path: '/v1/redemptions/{id}/void',
    summary: 'Void a same-day receipt of the clerk’s shop: beans and stock come back',
    roles: ['clerk'],
    body: ReasonInputSchema,
    idempotent: true,
  },
  shopStatement: {
    method: 'GET',
    path: '/v1/shops/{shopId}/statement',
    summary: 'A shop’s redemptions over a period, for reimbursement by the town',
    roles: ['clerk'],
    query: StatementQuerySchema,
  },
  applyRestriction: {
    method: 'POST',
    path: '/v1/households/{householdId}/restrictions',
    summary: 'Put a household on the negative list (负面惩戒清单)',
    roles: ['villageLeader'],
    body: RestrictionInputSchema,
  },
  liftRestriction: {
    method: 'POST',
    path: '/v1/restrictions/{id}/lift',
    summary: 'Lift a restriction, with a reason',
    roles: ['villageLeader'],
    body: ReasonInputSchema,
  },
  giveAwards: {
    method: 'POST',
    path: '/v1/quarters/{quarter}/awards',
    summary: 'Give the quarter’s medals and awards (一季一评比) once every month of it is final',
    roles: [],
    params: z.object({ quarter: QuarterSchema }),
    idempotent: true,
  },
  quarterRankings: {
    method: 'GET',
    path: '/v1/quarters/{quarter}/rankings',
    summary: 'Micro-grids or groups ranked by the quarter’s beans, with their medals',
    roles: 'signedIn',
    params: z.object({ quarter: QuarterSchema }),
    query: RankingQuerySchema,
  },
  yearHonours: {
    method: 'GET',
    path: '/v1/years/{year}/honours',
    summary:
      'A village’s honoured households of the year (一年一评优), and the party members’ report',
    roles: READERS_OF_HOUSEHOLDS,
    params: z.object({ year: YearSchema }),
    query: HonoursQuerySchema,
  },
} as const satisfies Record<string, RouteSpec>

export type RouteName = keyof typeof routes
