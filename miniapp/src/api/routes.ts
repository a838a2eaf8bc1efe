import type { Role } from '@jifenbao/shared'
import { call, newIdempotencyKey, type CallInput } from './client'

/**
 * The routes the screens call, by their names in the contract (`shared/src/contract`): the
 * paths, bodies and answers are all read off it, each answer checked against its schema.
 */

type Body<N extends Parameters<typeof call>[0]> = NonNullable<CallInput<N>['body']>

/** A money-like write: one key for the write and all of its retries. */
export const once = () => ({ idempotencyKey: newIdempotencyKey() })

export const myUnits = () => call('myUnits')

export const villages = () => call('listVillages')

export const villageTree = (villageId: string) => call('getVillage', { params: { villageId } })

/** Roster writes carry the line's own key, so that a line sent again is never made twice. */
export const addHousehold = (
  groupId: string,
  body: Body<'createHousehold'>,
  idempotencyKey: string,
) => call('createHousehold', { params: { groupId }, body }, { idempotencyKey })

export const addPerson = (body: Body<'createPerson'>, idempotencyKey: string) =>
  call('createPerson', { body }, { idempotencyKey })

export const bindCode = (personId: string) => call('issueBindCode', { params: { personId } })

export const grantRole = (personId: string, role: Role, scopeId: string) =>
  call('grantRole', { body: { personId, role, scopeId } })

export const moveHousehold = (householdId: string, groupId: string) =>
  call('moveHousehold', { params: { householdId }, body: { groupId } })

export const villageHouseholds = (villageId: string) =>
  call('listVillageHouseholds', { params: { villageId } })

export const indicators = () => call('listIndicators')

export const ledger = (householdId: string, cursor?: string) =>
  call('getLedger', { params: { householdId }, query: { cursor } })

export const presignUpload = (body: Body<'createUpload'>) => call('createUpload', { body })

/** Entries: the key is the form's (`useWriteKey`), so that a second tap never records twice. */
export const submitEntry = (body: Body<'createEntry'>, idempotencyKey: string) =>
  call('createEntry', { body }, { idempotencyKey })

export const submitBatch = (body: Body<'createBatchEntries'>, idempotencyKey: string) =>
  call('createBatchEntries', { body }, { idempotencyKey })

export const entries = (query: NonNullable<CallInput<'listEntries'>['query']>) =>
  call('listEntries', { query })

export const approveEntry = (id: string) => call('approveEntry', { params: { id } }, once())

export const rejectEntry = (id: string, reason: string) =>
  call('rejectEntry', { params: { id }, body: { reason } }, once())

export const villageMonth = (villageId: string, month: string) =>
  call('getMonth', { params: { villageId, month } })

export const publishMonth = (villageId: string, month: string) =>
  call('publishMonth', { params: { villageId, month } }, once())

export const finalizeMonth = (villageId: string, month: string) =>
  call('finalizeMonth', { params: { villageId, month } }, once())

export const objections = (villageId: string, month: string) =>
  call('listObjections', { params: { villageId, month } })

export const raiseObjection = (villageId: string, month: string, body: Body<'createObjection'>) =>
  call('createObjection', { params: { villageId, month }, body }, once())

export const resolveObjection = (id: string, body: Body<'resolveObjection'>) =>
  call('resolveObjection', { params: { id }, body }, once())

export const shops = () => call('listShops')

export const shopGoods = (shopId: string) => call('listShopItems', { params: { shopId } })

export const addGoods = (shopId: string, body: Body<'createShopItem'>) =>
  call('createShopItem', { params: { shopId }, body })

export const createShop = (body: Body<'createShop'>) => call('createShop', { body })

export const scan = (shopId: string, code: string) =>
  call('scanPayCode', { params: { shopId }, body: { code } })

/** The key is the cart's (`useWriteKey`), so that a second tap never charges twice. */
export const redeem = (shopId: string, body: Body<'createRedemption'>, idempotencyKey: string) =>
  call('createRedemption', { params: { shopId }, body }, { idempotencyKey })

export const todaysReceipts = (shopId: string) => call('listRedemptions', { params: { shopId } })

export const voidReceipt = (id: string, reason: string) =>
  call('voidRedemption', { params: { id }, body: { reason } }, once())

export const rankings = (quarter: string, level: 'grid' | 'group') =>
  call('quarterRankings', { params: { quarter }, query: { level } })

export const giveAwards = (quarter: string) => call('giveAwards', { params: { quarter } }, once())

export const honours = (year: string, villageId: string) =>
  call('yearHonours', { params: { year }, query: { villageId } })
