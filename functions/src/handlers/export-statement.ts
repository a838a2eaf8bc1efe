import { exportRoutes, receiptNumber, shanghaiTime } from '@jifenbao/shared'
import { shopRedemptions } from '../data/redemptions'
import { http } from '../lib/edge/http'
import { clerkShop } from '../services/shop'
import { sheetFile } from '../services/sheets'

/** A shop's receipts over a period for reimbursement: each receipt, then what counts. */
export const handler = http(exportRoutes.exportStatement, async ({ principal, query }) => {
  const shop = await clerkShop(principal, query.shopId)
  const receipts = await shopRedemptions(shop.id, query.from, query.to)
  const valid = receipts.filter((r) => !r.voided)
  return sheetFile(
    `${shop.name}对账单${query.from}至${query.to}`,
    '对账单',
    [
      { header: '单号' },
      { header: '时间', width: 18 },
      { header: '户主' },
      { header: '商品', width: 30 },
      { header: '山药豆' },
      { header: '状态', width: 20 },
    ],
    receipts.map((r) => [
      receiptNumber(r.id),
      shanghaiTime(r.at),
      r.headName ?? '',
      r.lines.map((l) => `${l.name}×${l.qty}`).join('、'),
      r.total,
      r.voided ? `已撤销：${r.voided.reason}` : '有效',
    ]),
    [`合计 ${valid.length} 笔`, null, null, null, valid.reduce((sum, r) => sum + r.total, 0), null],
  )
})
