import { addDays, dateOf, dayStart } from '@jifenbao/shared'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { post, type Posting } from './ledger'
import { goodsKey, type GoodsItem } from './shops'
import { flowAddOps } from './stats'
import { auditOf, create, getInTown, getItem, queryAll, type Op } from './tx'

export interface RedemptionLine {
  itemId: string
  name: string
  qty: number
  price: number
  beans: number
  /** Whether the item's stock was counted down (and so comes back on a void). */
  stocked: boolean
}

/** A receipt: what a household took at a shop, for how many beans, and whether it was voided. */
export interface RedemptionItem {
  id: string
  townId: string
  shopId: string
  householdId: string
  /** The household's village when it paid, which the spending counts to (older receipts: none). */
  villageId?: string
  /** The head's name, masked, as the clerk saw it on the scan (older receipts have none). */
  headName?: string
  memberId: string
  clerkId: string
  lines: RedemptionLine[]
  total: number
  balanceAfter: number
  at: string
  day: string
  voided: { by: string; at: string; reason: string } | null
}

const redemptionKey = (id: string) => ({ PK: `REDEEM#${id}`, SK: 'REDEEM' })
/** Receipts are listed per shop and month on GSI1, in time order: one partition per shop-month. */
const shopMonth = (shopId: string, day: string) => `SHOP#${shopId}#${day.slice(0, 7)}`

const payCodeKey = (nonce: string) => ({ PK: `PAYCODE#${nonce}`, SK: 'PAYCODE' })

/** Whether a pay code's nonce was already spent (the redemption itself claims it atomically). */
export const nonceSpent = async (nonce: string) => (await getItem(payCodeKey(nonce))) !== undefined

export const getRedemption = (id: string, townId: string) =>
  getInTown<RedemptionItem>(redemptionKey(id), townId, { zh: '兑换记录', en: 'redemption' })

function stockOp(line: RedemptionLine, shopId: string, delta: number): Op {
  return {
    write: {
      Update: {
        TableName: table(),
        Key: goodsKey(shopId, line.itemId),
        UpdateExpression: 'ADD stock :d',
        ...(delta < 0 && { ConditionExpression: 'stock >= :need' }),
        ExpressionAttributeValues: { ':d': delta, ...(delta < 0 && { ':need': -delta }) },
      },
    },
    onConditionFailed: () => Refused.outOfStock(line.name, line.itemId),
  }
}

export const linesOf = (
  goods: GoodsItem[],
  wanted: { itemId: string; qty: number }[],
): RedemptionLine[] =>
  wanted.map(({ itemId, qty }) => {
    const item = goods.find((g) => g.id === itemId)!
    return {
      itemId,
      name: item.name,
      qty,
      price: item.price,
      beans: item.price * qty,
      stocked: item.stock !== null,
    }
  })

/**
 * Spends a pay code in ONE transaction (SPEC §7): the code's nonce is claimed, the balance
 * moves only if it stays ≥ 0 and unchanged since read, stock ≥ quantity per counted line, and
 * the posting and the receipt are written — or nothing at all.
 */
export async function redeem(
  actor: Actor,
  receipt: Omit<RedemptionItem, 'balanceAfter' | 'at' | 'day' | 'voided' | 'townId' | 'clerkId'> & {
    villageId: string
  },
  nonce: string,
): Promise<RedemptionItem> {
  const at = actor.now.toISOString()
  let written: RedemptionItem | undefined
  await post(
    {
      id: `redemption-${receipt.id}`,
      townId: actor.townId,
      householdId: receipt.householdId,
      kind: 'redemption',
      amount: -receipt.total,
      source: { type: 'redemption', id: receipt.id, shopId: receipt.shopId },
      at,
    },
    {
      refuseBelowZero: () => Refused.insufficientBeans(),
      extra: (posting: Posting) => {
        written = {
          ...receipt,
          townId: actor.townId,
          clerkId: actor.personId,
          balanceAfter: posting.balanceAfter,
          at,
          day: dateOf(actor.now),
          voided: null,
        }
        return [
          create(
            {
              ...payCodeKey(nonce),
              redemptionId: receipt.id,
              ttl: Math.floor(actor.now.getTime() / 1000) + 86_400,
            },
            Refused.payCodeUsed,
          ),
          create({
            ...redemptionKey(receipt.id),
            GSI1PK: shopMonth(receipt.shopId, written.day),
            GSI1SK: `${at}#${receipt.id}`,
            ...written,
          }),
          ...receipt.lines.filter((l) => l.stocked).map((l) => stockOp(l, receipt.shopId, -l.qty)),
          ...flowAddOps(
            receipt.villageId,
            written.day.slice(0, 7),
            'spent',
            receipt.id,
            receipt.total,
          ),
        ]
      },
      audits: [
        auditOf(actor, 'redemption.create', receipt.id, null, {
          householdId: receipt.householdId,
          shopId: receipt.shopId,
          total: receipt.total,
        }),
      ],
    },
  )
  return written!
}

/** Voids a receipt: beans and stock come back through new postings, the receipt is marked. */
export async function voidRedemption(
  actor: Actor,
  receipt: RedemptionItem & { villageId: string },
  reason: string,
): Promise<Posting | null> {
  const voided = { by: actor.personId, at: actor.now.toISOString(), reason }
  return post(
    {
      id: `void-${receipt.id}`,
      townId: actor.townId,
      householdId: receipt.householdId,
      kind: 'void',
      amount: receipt.total,
      source: { type: 'redemption', id: receipt.id, shopId: receipt.shopId },
      at: voided.at,
    },
    {
      extra: () => [
        {
          write: {
            Update: {
              TableName: table(),
              Key: redemptionKey(receipt.id),
              UpdateExpression: 'SET voided = :v',
              ConditionExpression: 'voided = :none',
              ExpressionAttributeValues: { ':v': voided, ':none': null },
            },
          },
          onConditionFailed: () => Refused.redemptionVoided(),
        },
        ...receipt.lines.filter((l) => l.stocked).map((l) => stockOp(l, receipt.shopId, l.qty)),
        ...flowAddOps(
          receipt.villageId,
          receipt.day.slice(0, 7),
          'spent',
          receipt.id,
          -receipt.total,
        ),
      ],
      audits: [auditOf(actor, 'redemption.void', receipt.id, { voided: null }, { voided })],
    },
  )
}

/** A shop's receipts between two Shanghai dates (inclusive), oldest first. */
export async function shopRedemptions(
  shopId: string,
  from: string,
  to: string,
): Promise<RedemptionItem[]> {
  const start = dayStart(from).toISOString()
  const end = dayStart(addDays(to, 1)).toISOString()
  const months: string[] = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) months.push(m)
  const pages = await Promise.all(
    months.map((m) =>
      queryAll<RedemptionItem>({
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :start AND :end',
        ExpressionAttributeValues: {
          ':pk': shopMonth(shopId, `${m}-01`),
          ':start': start,
          ':end': end,
        },
      }),
    ),
  )
  return pages.flat()
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
