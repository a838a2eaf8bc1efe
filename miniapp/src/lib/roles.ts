import type { Role } from '@jifenbao/shared'
import Taro from '@tarojs/taro'

export const ROLE_NAMES: Record<Role, string> = {
  villager: '村民',
  linkLeader: '联户小组长',
  gridLeader: '微网格长',
  villageLeader: '村级网格长',
  infoAdmin: '信息管理员',
  reviewBoard: '领导小组成员',
  clerk: '超市店员',
  townAdmin: '镇管理员',
}

/** A role's unit, as the `myUnits` route names it. */
export interface Unit {
  role: Role
  scopeId: string
  name: string
  villageId: string | null
  villageName: string | null
}

/** What a role does in the app: its home's tiles, each a page of the role's subpackage. */
export interface Tile {
  title: string
  hint: string
  url: string
}

/** Who may approve or reject entries, and who publishes, answers objections and finalises (API.md). */
export const mayApprove = (role?: Role) => role === 'villageLeader' || role === 'reviewBoard'
export const mayPublish = (role?: Role) => role === 'reviewBoard'
/** Who keeps the village's roster: households, people, moves between groups. */
export const mayKeepRoster = (role?: Role) => role === 'infoAdmin' || role === 'townAdmin'

/** The office console: every admin task, laid out for the village office's PC. */
const OFFICE: Tile = {
  title: '办公台',
  hint: '名册、职务、公示、评优、记录（在电脑上更好用）',
  url: '/office/index/index',
}

const REVIEW: Tile[] = [
  { title: '待审核', hint: '看照片，通过或退回', url: '/review/queue/index' },
  { title: '本月公示', hint: '公示、异议、确认发豆', url: '/review/month/index' },
]
const LEAD: Tile[] = [
  { title: '我的农户', hint: '为一户记分', url: '/leader/households/index' },
  { title: '活动批量记分', hint: '一次记多户', url: '/leader/entry/index?batch=1' },
  { title: '我提交的', hint: '看审核结果', url: '/leader/submissions/index' },
]

export const TILES: Record<Role, Tile[]> = {
  villager: [
    { title: '本月得分', hint: '自治 · 法治 · 德治，村里排名', url: '/villager/month/index' },
    { title: '山药豆明细', hint: '每一笔的来龙去脉', url: '/villager/ledger/index' },
    { title: '我要申报', hint: '拍照申报好人好事', url: '/villager/report/index' },
    { title: '积分细则', hint: '怎样加分，怎样扣分', url: '/villager/catalogue/index' },
    { title: '荣誉榜', hint: '年度“美德家庭”与奖牌', url: '/villager/honours/index' },
    { title: '活动签到', hint: '扫村里活动的签到码', url: '/villager/checkin/index' },
  ],
  linkLeader: LEAD,
  gridLeader: LEAD,
  villageLeader: [...REVIEW, ...LEAD, OFFICE],
  infoAdmin: [
    { title: '录入农户', hint: '照着名册，一次录入多户', url: '/leader/roster/index' },
    ...REVIEW,
    ...LEAD,
    OFFICE,
  ],
  reviewBoard: [...REVIEW, OFFICE],
  clerk: [
    { title: '扫码兑换', hint: '扫村民付款码', url: '/clerk/scan/index' },
    { title: '今日兑换', hint: '查看、撤销当天的兑换', url: '/clerk/today/index' },
    { title: '对账单', hint: '一段时间兑出的商品，报销用', url: '/clerk/statement/index' },
  ],
  townAdmin: [
    { ...OFFICE, hint: '设置、指标、村组、名册、超市、公示、记录' },
    { title: '季度评比', hint: '排名、奖牌、发放奖励', url: '/admin/rankings/index' },
    { title: '超市与商品', hint: '共富超市、合作单位、商品', url: '/admin/shops/index' },
  ],
}

/** How a unit reads in the switcher: 「东尉村 · 第一联户小组 · 联户小组长」. */
export const unitLabel = (u: Unit) =>
  [u.villageName !== u.name ? u.villageName : null, u.name, ROLE_NAMES[u.role]]
    .filter(Boolean)
    .join(' · ')

const CURRENT_KEY = 'jifenbao.unit'

/** The unit the person works in now, as the pages of its area read it. */
export const savedUnit = (): Unit | null => (Taro.getStorageSync(CURRENT_KEY) as Unit | '') || null

/**
 * The unit the person last worked in, if they still hold it; otherwise their work before
 * their own household: a leader who is also a villager opens on the households they lead.
 */
export function currentUnit(units: Unit[]): Unit | undefined {
  const saved = savedUnit()
  return (
    units.find((u) => u.role === saved?.role && u.scopeId === saved.scopeId) ??
    units.find((u) => u.role !== 'villager') ??
    units[0]
  )
}

export const chooseUnit = (u: Unit) => Taro.setStorageSync(CURRENT_KEY, u)

const UNITS_KEY = 'jifenbao.units'

/**
 * The units `myUnits` last answered this person on this phone, so the home opens at once
 * (and without signal) while they are asked again; another person's (a family shares a
 * phone) are never shown.
 */
export function rememberedUnits(personId: string): Unit[] | undefined {
  const kept = Taro.getStorageSync(UNITS_KEY) as { personId: string; items: Unit[] } | ''
  return kept && kept.personId === personId ? kept.items : undefined
}

export const rememberUnits = (personId: string, items: Unit[]) =>
  Taro.setStorageSync(UNITS_KEY, { personId, items })
