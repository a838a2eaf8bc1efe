import * as z from 'zod'
import { bilingual, IdNumberSchema, IdSchema, NameSchema, pageOf, PhoneSchema } from './common'
import { lazily } from './lazily'

/** Roles and the kind of unit each is scoped to (SPEC §2). */
export const ROLE_SCOPES = {
  villager: 'household',
  linkLeader: 'group',
  gridLeader: 'grid',
  villageLeader: 'village',
  infoAdmin: 'village',
  reviewBoard: 'village',
  clerk: 'shop',
  townAdmin: 'town',
} as const

export type Role = keyof typeof ROLE_SCOPES
export const RoleSchema = lazily(() =>
  z.enum(Object.keys(ROLE_SCOPES) as [Role, ...Role[]], {
    error: bilingual('未知角色', 'unknown role'),
  }),
)

export const NamedUnitInputSchema = lazily(() => z.object({ name: NameSchema }))

export const VillageSchema = lazily(() =>
  z.object({ id: IdSchema, townId: IdSchema, name: NameSchema }),
)
export const GridSchema = lazily(() =>
  z.object({ id: IdSchema, villageId: IdSchema, name: NameSchema }),
)
export const GroupSchema = lazily(() =>
  z.object({
    id: IdSchema,
    gridId: IdSchema,
    villageId: IdSchema,
    name: NameSchema,
  }),
)

export const HouseholdInputSchema = lazily(() =>
  z.object({
    headName: NameSchema,
    address: z
      .string()
      .trim()
      .max(100, bilingual('地址不能超过 100 个字', 'address must be at most 100 characters'))
      .optional(),
  }),
)

export const HouseholdSchema = lazily(() =>
  HouseholdInputSchema.extend({
    id: IdSchema,
    townId: IdSchema,
    villageId: IdSchema,
    gridId: IdSchema,
    groupId: IdSchema,
  }),
)

export const HouseholdMoveSchema = lazily(() => z.object({ groupId: IdSchema }))

/** 注销: why a household leaves the roster (moved away, merged). */
export const HouseholdCloseSchema = lazily(() =>
  z.object({
    reason: z
      .string({ error: bilingual('请写明注销原因', 'reason is required') })
      .trim()
      .min(1, bilingual('请写明注销原因', 'reason is required'))
      .max(200, bilingual('原因不能超过 200 个字', 'reason must be at most 200 characters')),
  }),
)

/** 分户: some members of a household leave it for a new one, in a group (SPEC §2). */
export const HouseholdSplitSchema = lazily(() =>
  HouseholdInputSchema.extend({
    personIds: z
      .array(IdSchema)
      .min(1, bilingual('请选择要分出去的人', 'choose at least one person'))
      .max(20, bilingual('一次最多分出 20 人', 'at most 20 people at once'))
      .refine(
        (ids) => new Set(ids).size === ids.length,
        bilingual('同一个人选了两次', 'a person is listed twice'),
      ),
    groupId: IdSchema,
  }),
)

export const PersonInputSchema = lazily(() =>
  z.object({
    name: NameSchema,
    phone: PhoneSchema.optional(),
    idNumber: IdNumberSchema.optional(),
    partyMember: z.boolean().default(false),
    householdId: IdSchema.optional(),
  }),
)

/** A person as others see them: phone and ID number only ever masked. */
export const PersonViewSchema = lazily(() =>
  z.object({
    id: IdSchema,
    name: z.string(),
    phone: z.string().nullable(),
    partyMember: z.boolean(),
  }),
)

/**
 * A correction to a person, or their leaving (moved away, deceased): `null` clears a phone,
 * an ID or a household; `active: false` needs the reason they left.
 */
export const PersonPatchSchema = lazily(() =>
  z
    .object({
      name: NameSchema,
      phone: PhoneSchema.nullable(),
      idNumber: IdNumberSchema.nullable(),
      partyMember: z.boolean(),
      householdId: IdSchema.nullable(),
      active: z.literal(false, {
        error: bilingual('只能注销（false）', 'active can only be false'),
      }),
      leftReason: z
        .string()
        .trim()
        .min(1, bilingual('请写明离开的原因', 'leftReason is required'))
        .max(200, bilingual('原因不能超过 200 个字', 'leftReason must be at most 200 characters')),
    })
    .partial()
    .refine((p) => p.active !== false || p.leftReason !== undefined, {
      path: ['leftReason'],
      error: bilingual(
        '注销时请写明原因（迁出、去世）',
        'leftReason is required when active is false',
      ),
    }),
)

/** A person as the office keeps them (API.md second round): personal numbers masked. */
export const PersonDetailSchema = lazily(() =>
  PersonViewSchema.extend({
    idNumber: z.string().nullable(),
    householdId: z.string().nullable(),
    active: z.boolean(),
    roles: z.array(z.object({ role: RoleSchema, scopeId: z.string() })),
  }),
)

export const RoleAssignmentSchema = lazily(() =>
  z.object({
    personId: IdSchema,
    role: RoleSchema,
    scopeId: IdSchema,
  }),
)

export type Village = z.infer<typeof VillageSchema>
export type Grid = z.infer<typeof GridSchema>
export type Group = z.infer<typeof GroupSchema>
export type Household = z.infer<typeof HouseholdSchema>
export type HouseholdInput = z.infer<typeof HouseholdInputSchema>
export type PersonInput = z.infer<typeof PersonInputSchema>
export type PersonPatch = z.infer<typeof PersonPatchSchema>
export type PersonView = z.infer<typeof PersonViewSchema>
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>

export const VillageListSchema = lazily(() =>
  pageOf(z.object({ id: z.string(), name: z.string() })),
)
export const VillageCreatedSchema = lazily(() => z.object({ id: z.string(), name: z.string() }))

export const VillageTreeSchema = lazily(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    grids: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        groups: z.array(z.object({ id: z.string(), name: z.string(), households: z.number() })),
      }),
    ),
  }),
)

/** A household with its members (numbers masked) and its restrictions. */
export const HouseholdViewSchema = lazily(() =>
  z.object({
    id: z.string(),
    headName: z.string(),
    address: z.string().nullish(),
    villageId: z.string(),
    gridId: z.string(),
    groupId: z.string(),
    balance: z.number(),
    closed: z.object({ at: z.string(), reason: z.string() }).nullish(),
    members: z.array(PersonViewSchema),
    restrictions: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        reason: z.string(),
        from: z.string(),
        to: z.string().nullish(),
        lifted: z.boolean(),
        inForce: z.boolean(),
      }),
    ),
  }),
)

/** Where a household is after a move. */
export const HouseholdMovedSchema = lazily(() =>
  z.object({
    id: z.string(),
    villageId: z.string(),
    gridId: z.string(),
    groupId: z.string(),
  }),
)

export const HouseholdListSchema = lazily(() =>
  pageOf(
    z.object({
      id: z.string(),
      headName: z.string(),
      address: z.string().nullable(),
      gridId: z.string(),
      gridName: z.string(),
      groupId: z.string(),
      groupName: z.string(),
    }),
  ),
)

export const BindCodeSchema = lazily(() =>
  z.object({ bindCode: z.string(), expiresAt: z.string() }),
)

export const RoleGrantedSchema = lazily(() =>
  z.object({
    personId: z.string(),
    role: RoleSchema,
    scopeId: z.string(),
  }),
)
