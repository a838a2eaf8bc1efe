import * as z from 'zod'
import { DimensionSchema, IndicatorSchema } from './catalogue'
import { pageOf } from './common'
import { EntrySchema } from './entries'
import { RoleSchema } from './org'

/** What the API answers, for clients that must not take a remote shape on trust. */
export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  townId: z.string(),
  householdId: z.string().nullable(),
  roles: z.array(z.object({ role: RoleSchema, scopeId: z.string() })),
})

export const SessionSchema = z.object({ token: z.string(), user: UserSchema })

export const HouseholdViewSchema = z.object({
  id: z.string(),
  headName: z.string(),
  villageId: z.string(),
  balance: z.number(),
  members: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      phone: z.string().nullable(),
      partyMember: z.boolean(),
    }),
  ),
})

export const PayCodeSchema = z.object({ code: z.string(), expiresAt: z.string() })

export const ScanPreviewSchema = z.object({
  householdId: z.string(),
  headName: z.string(),
  balance: z.number(),
})

export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
})

export const UnitsSchema = pageOf(
  z.object({
    role: RoleSchema,
    scopeId: z.string(),
    name: z.string(),
    villageId: z.string().nullable(),
    villageName: z.string().nullable(),
  }),
)

export const VillageListSchema = pageOf(z.object({ id: z.string(), name: z.string() }))

export const VillageTreeSchema = z.object({
  id: z.string(),
  name: z.string(),
  grids: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      groups: z.array(z.object({ id: z.string(), name: z.string(), households: z.number() })),
    }),
  ),
})

export const BindCodeSchema = z.object({ bindCode: z.string(), expiresAt: z.string() })

/** Where a household is after a move. */
export const HouseholdMovedSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  gridId: z.string(),
  groupId: z.string(),
})

export const HouseholdListSchema = pageOf(
  z.object({
    id: z.string(),
    headName: z.string(),
    address: z.string().nullable(),
    gridId: z.string(),
    gridName: z.string(),
    groupId: z.string(),
    groupName: z.string(),
  }),
)

export const IndicatorListSchema = z.object({ items: z.array(IndicatorSchema) })

export const EntryViewSchema = EntrySchema.extend({
  photoKeys: z.array(z.string()),
  reviewNote: z.string().nullable().optional(),
  photos: z.array(z.object({ key: z.string(), url: z.string() })),
})
export const EntryListSchema = pageOf(EntryViewSchema)
export const EntryCreatedSchema = z.object({
  id: z.string(),
  status: z.string(),
  points: z.number(),
  month: z.string(),
})
export const BatchCreatedSchema = z.object({ ids: z.array(z.string()) })
export const StatusSchema = z.object({ status: z.string() })

export const UploadSchema = z.object({
  key: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  expiresAt: z.string(),
})

const totalSchema = z.object({ id: z.string(), total: z.number(), average: z.number() })
export const MonthViewSchema = z.object({
  villageId: z.string(),
  month: z.string(),
  status: z.enum(['open', 'published', 'final']),
  publishedAt: z.string().nullable(),
  objectionDeadline: z.string().nullable(),
  households: z.array(
    z.object({
      householdId: z.string(),
      headName: z.string(),
      byDimension: z.record(DimensionSchema, z.number()),
      score: z.number(),
      blended: z.number().nullable(),
      beans: z.number(),
    }),
  ),
  grids: z.array(totalSchema),
  groups: z.array(totalSchema),
})
export const FinalizedSchema = z.object({ status: z.literal('final'), credited: z.number() })

export const ObjectionListSchema = pageOf(
  z.object({
    id: z.string(),
    householdId: z.string(),
    entryId: z.string().nullable(),
    reason: z.string(),
    at: z.string(),
    status: z.enum(['open', 'upheld', 'dismissed']),
  }),
)
export const CreatedSchema = z.object({ id: z.string() })
export const RoleGrantedSchema = z.object({
  personId: z.string(),
  role: RoleSchema,
  scopeId: z.string(),
})

export const LedgerSchema = z.object({
  balance: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['monthly', 'award', 'redemption', 'void', 'adjustment']),
      amount: z.number(),
      balanceAfter: z.number(),
      /** Where the beans came from or went: a month, a quarter's award, a receipt, an adjustment. */
      source: z.object({
        type: z.string(),
        id: z.string(),
        month: z.string().optional(),
        quarter: z.string().optional(),
        reason: z.string().optional(),
      }),
      at: z.string(),
    }),
  ),
  cursor: z.string().nullable(),
})

export const ShopListSchema = pageOf(
  z.object({ id: z.string(), name: z.string(), kind: z.string() }),
)
export const ShopGoodsSchema = pageOf(
  z.object({
    id: z.string(),
    name: z.string(),
    price: z.number(),
    stock: z.number().nullable(),
    active: z.boolean().optional(),
  }),
)
export const ReceiptSchema = z.object({
  id: z.string(),
  total: z.number(),
  balanceAfter: z.number(),
  lines: z.array(
    z.object({ itemId: z.string(), name: z.string(), qty: z.number(), beans: z.number() }),
  ),
})
export const ReceiptListSchema = pageOf(
  ReceiptSchema.extend({
    at: z.string(),
    voided: z.object({ reason: z.string() }).nullable(),
  }),
)

const TierSchema = z.enum(['gold', 'silver', 'bronze']).nullable()
export const RankingsSchema = pageOf(
  z.object({
    id: z.string(),
    name: z.string(),
    villageId: z.string(),
    total: z.number(),
    rank: z.number(),
    tier: TierSchema,
    award: z.number().nullable().optional(),
  }),
).extend({ complete: z.boolean().optional() })
export const AwardsSchema = z.object({
  grids: z.array(z.object({ id: z.string(), rank: z.number(), tier: TierSchema })),
  groups: z.array(z.object({ id: z.string(), rank: z.number(), tier: TierSchema })),
})
export const HonoursSchema = z.object({
  items: z.array(
    z.object({
      householdId: z.string(),
      headName: z.string(),
      earned: z.number(),
      rank: z.number(),
    }),
  ),
})

export type User = z.infer<typeof UserSchema>
export type Session = z.infer<typeof SessionSchema>
