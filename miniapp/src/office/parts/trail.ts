/** What the audit trail's actions are called in the office. */
export const ACTION_NAMES: Record<string, string> = {
  'town.create': '建镇',
  'config.update': '改镇设置',
  'indicator.create': '加指标',
  'indicator.update': '改指标',
  'indicator.delete': '删指标',
  'household.create': '建户',
  'household.move': '迁户',
  'household.split': '分户',
  'household.close': '注销户',
  'person.create': '加人',
  'person.update': '改人',
  'bindCode.issue': '发绑定码',
  'role.grant': '任命',
  'role.revoke': '撤职',
  'shop.create': '加超市',
  'goods.create': '上架商品',
  'goods.update': '改商品',
  'entry.submit': '记分',
  'entry.approve': '审核通过',
  'entry.reject': '退回',
  'entry.void': '作废记分',
  'month.publish': '公示',
  'month.recompute': '重算公示',
  'month.finalize': '确认发豆',
  'objection.file': '提异议',
  'ledger.adjust': '调整山药豆',
  'redemption.create': '兑换',
  'redemption.void': '撤销兑换',
  'restriction.apply': '列入负面清单',
  'restriction.lift': '解除限制',
  'quarter.awards': '发季度奖励',
}

/** What a change changed: each field whose value differs, "field: before → after". */
export function changes(before: unknown, after: unknown): string {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  const shown = (v: unknown) =>
    v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${k}: ${shown(b[k])} → ${shown(a[k])}`)
    .join('；')
}
