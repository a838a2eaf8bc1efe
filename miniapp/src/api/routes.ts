import {
  AwardsSchema,
  BindCodeSchema,
  BatchCreatedSchema,
  CreatedSchema,
  EntryCreatedSchema,
  EntryListSchema,
  FinalizedSchema,
  HonoursSchema,
  HouseholdListSchema,
  IndicatorListSchema,
  LedgerSchema,
  MonthViewSchema,
  ObjectionListSchema,
  RankingsSchema,
  ReceiptListSchema,
  ReceiptSchema,
  ScanPreviewSchema,
  ShopGoodsSchema,
  ShopListSchema,
  StatusSchema,
  UnitsSchema,
  UploadSchema,
  type BatchEntryInput,
  type EntryInput,
  type EntryStatus,
  VillageListSchema,
  VillageTreeSchema,
  HouseholdMovedSchema,
  RoleGrantedSchema,
} from '@jifenbao/shared'
import { newIdempotencyKey, request } from './client'

/** Every route the screens call (API.md), each answer checked against its schema. */

const query = (params: Record<string, string | undefined>) => {
  const pairs = Object.entries(params).filter((p): p is [string, string] => p[1] !== undefined)
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''
}

/** A money-like write: one key for the write and all of its retries. */
const once = (body?: unknown) => ({ body, idempotencyKey: newIdempotencyKey() })

export const myUnits = () => request('GET', '/me/units', UnitsSchema)

export const villages = () => request('GET', '/villages', VillageListSchema)

export const villageTree = (villageId: string) =>
  request('GET', `/villages/${villageId}`, VillageTreeSchema)

/** Roster writes carry the line's own key, so that a line sent again is never made twice. */
export const addHousehold = (
  groupId: string,
  body: { headName: string; address?: string },
  idempotencyKey: string,
) => request('POST', `/groups/${groupId}/households`, CreatedSchema, { body, idempotencyKey })

export const addPerson = (
  body: { name: string; phone?: string; householdId?: string },
  idempotencyKey: string,
) => request('POST', '/people', CreatedSchema, { body, idempotencyKey })

export const bindCode = (personId: string) =>
  request('POST', `/people/${personId}/bind-code`, BindCodeSchema)

export const grantRole = (personId: string, role: 'linkLeader' | 'gridLeader', scopeId: string) =>
  request('POST', '/roles', RoleGrantedSchema, { body: { personId, role, scopeId } })

export const moveHousehold = (householdId: string, groupId: string) =>
  request('POST', `/households/${householdId}/move`, HouseholdMovedSchema, { body: { groupId } })

export const villageHouseholds = (villageId: string) =>
  request('GET', `/villages/${villageId}/households`, HouseholdListSchema)

export const indicators = () => request('GET', '/indicators', IndicatorListSchema)

export const ledger = (householdId: string, cursor?: string) =>
  request('GET', `/households/${householdId}/ledger${query({ cursor })}`, LedgerSchema)

export const presignUpload = (contentType: string, size: number) =>
  request('POST', '/uploads', UploadSchema, { body: { contentType, size } })

/** Entries: the key is the form's (`useWriteKey`), so that a second tap never records twice. */
export const submitEntry = (input: EntryInput, idempotencyKey: string) =>
  request('POST', '/entries', EntryCreatedSchema, { body: input, idempotencyKey })

export const submitBatch = (input: BatchEntryInput, idempotencyKey: string) =>
  request('POST', '/entries/batch', BatchCreatedSchema, { body: input, idempotencyKey })

export const entries = (filter: {
  villageId?: string
  month?: string
  status?: EntryStatus
  householdId?: string
  submittedBy?: string
  cursor?: string
}) => request('GET', `/entries${query(filter)}`, EntryListSchema)

export const approveEntry = (id: string) =>
  request('POST', `/entries/${id}/approve`, StatusSchema, once())

export const rejectEntry = (id: string, reason: string) =>
  request('POST', `/entries/${id}/reject`, StatusSchema, once({ reason }))

const monthPath = (villageId: string, month: string) => `/villages/${villageId}/months/${month}`

export const villageMonth = (villageId: string, month: string) =>
  request('GET', monthPath(villageId, month), MonthViewSchema)

export const publishMonth = (villageId: string, month: string) =>
  request('POST', `${monthPath(villageId, month)}/publish`, MonthViewSchema, once())

export const finalizeMonth = (villageId: string, month: string) =>
  request('POST', `${monthPath(villageId, month)}/finalize`, FinalizedSchema, once())

export const objections = (villageId: string, month: string) =>
  request('GET', `${monthPath(villageId, month)}/objections`, ObjectionListSchema)

export const raiseObjection = (
  villageId: string,
  month: string,
  body: { householdId: string; entryId?: string; reason: string },
) => request('POST', `${monthPath(villageId, month)}/objections`, CreatedSchema, { body })

export const resolveObjection = (
  id: string,
  body: { decision: 'upheld' | 'dismissed'; note: string; voidEntryIds?: string[] },
) => request('POST', `/objections/${id}/resolve`, StatusSchema, once(body))

export const shops = () => request('GET', '/shops', ShopListSchema)

export const shopGoods = (shopId: string) =>
  request('GET', `/shops/${shopId}/items`, ShopGoodsSchema)

export const addGoods = (shopId: string, body: { name: string; price: number; stock?: number }) =>
  request('POST', `/shops/${shopId}/items`, CreatedSchema, { body })

export const createShop = (body: { name: string; kind: string; villageIds?: string[] }) =>
  request('POST', '/shops', CreatedSchema, { body })

export const scan = (shopId: string, code: string) =>
  request('POST', `/shops/${shopId}/scan`, ScanPreviewSchema, { body: { code } })

/** The key is the cart's (`useWriteKey`), so that a second tap never charges twice. */
export const redeem = (
  shopId: string,
  body: { code: string; lines: { itemId: string; qty: number }[] },
  idempotencyKey: string,
) => request('POST', `/shops/${shopId}/redemptions`, ReceiptSchema, { body, idempotencyKey })

export const todaysReceipts = (shopId: string) =>
  request('GET', `/shops/${shopId}/redemptions`, ReceiptListSchema)

export const voidReceipt = (id: string, reason: string) =>
  request('POST', `/redemptions/${id}/void`, StatusSchema, once({ reason }))

export const rankings = (quarter: string, level: 'grid' | 'group') =>
  request('GET', `/quarters/${quarter}/rankings${query({ level })}`, RankingsSchema)

export const giveAwards = (quarter: string) =>
  request('POST', `/quarters/${quarter}/awards`, AwardsSchema, once())

export const honours = (year: string, villageId: string) =>
  request('GET', `/years/${year}/honours${query({ villageId })}`, HonoursSchema)
