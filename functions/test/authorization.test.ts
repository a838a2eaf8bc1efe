import { beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_TOWN_CONFIG, type Role } from '@jifenbao/shared'
import { call } from './api'
import { ok, orgTown, person, rosterFile } from './fixtures'

/**
 * Every route × every role × an object inside the caller's scope, outside it in the same
 * town, and in another town. The expected statuses come from API.md's table, written out
 * here independently of the code's own route list.
 */
/** orgTown with a second shop, S2, serving V2: outside the clerk's shop S1. */
type Town = Awaited<ReturnType<typeof orgTown>> & { S2: string }
type Where = 'inside' | 'outside' | 'otherTown'
type Level = 'household' | 'village' | 'grid' | 'group' | 'shop' | 'none'
interface Case {
  route: string
  allowed: Role[]
  /** Roles that may call the route at all, when more than `allowed` (the rest is decided by the object). */
  callers?: Role[]
  level: Level
  success: number
  /** The error code of `success` when it is a refusal on the object's state, after authorization. */
  successCode?: string
  /** Builds the request for a target of the case's level (ids of `town`, the target's own town). */
  request: (town: Town, target: string) => Promise<{ method: string; url: string; body?: unknown }>
}

const ROLES: Role[] = [
  'villager',
  'linkLeader',
  'gridLeader',
  'villageLeader',
  'infoAdmin',
  'reviewBoard',
  'clerk',
  'townAdmin',
]
const HOUSEHOLD_READERS: Role[] = [
  'villager',
  'linkLeader',
  'gridLeader',
  'villageLeader',
  'infoAdmin',
  'reviewBoard',
  'townAdmin',
]
const ROSTER_KEEPERS: Role[] = ['infoAdmin', 'townAdmin']
const TOWN_ONLY: Role[] = ['townAdmin']
const REPORTERS: Role[] = ['villageLeader', 'infoAdmin', 'reviewBoard', 'townAdmin']
const SUBMITTERS: Role[] = [
  'villager',
  'linkLeader',
  'gridLeader',
  'villageLeader',
  'infoAdmin',
  'townAdmin',
]
const REVIEWERS: Role[] = ['villageLeader', 'reviewBoard', 'townAdmin']
const SHOP_KEEPERS: Role[] = ['clerk', 'townAdmin']

const GROUP_OF = { H1: 'G1', H2: 'G1', H3: 'G2', H4: 'G3', H5: 'G4' } as const
const groupOf = (town: Town, householdId: string) => {
  const key = (Object.keys(GROUP_OF) as (keyof typeof GROUP_OF)[]).find(
    (k) => town[k] === householdId,
  )!
  return town[GROUP_OF[key]]
}
const indicator = (code: string) => ({
  code,
  name: '测试指标',
  dimension: 'virtue',
  points: 1,
  monthlyCap: null,
  evidence: 'none',
  selfReport: false,
})
let codeSeq = 10
let monthSeq = 0
/** A day of a past month no other request of this file uses: 2000-01, 2000-02, … */
const nextMonthDay = () => {
  const index = 2000 * 12 + monthSeq++
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`
}

/** A pending entry of household h, submitted by an info admin of its village (so nobody reviews their own). */
async function pendingEntry(town: Town, h: string): Promise<string> {
  const submitter = await person(town, {
    role: 'infoAdmin',
    scopeId: h === town.H5 ? town.V2 : town.V1,
  })
  const { id } = await ok(201, 'POST', '/v1/entries', {
    token: submitter.token,
    body: { householdId: h, indicatorCode: 'FZ-03', occurredOn: nextMonthDay() },
  })
  return id
}

/** A household the shop serves: S1 serves V1, S2 serves V2. */
/** An activity on now, of an indicator that needs no photo. */
const activityOf = () => ({
  title: '村民会议',
  indicatorCode: 'FZ-03',
  startsAt: new Date(Date.now() - 60_000).toISOString(),
  endsAt: new Date(Date.now() + 3_600_000).toISOString(),
})
const activity = async (town: Town, villageId: string) =>
  (
    await ok(201, 'POST', `/v1/villages/${villageId}/activities`, {
      token: town.adminToken,
      body: activityOf(),
    })
  ).id as string

/** A welfare round every household qualifies for (a threshold of 0). */
const welfare = (villageId?: string) => ({
  name: '重阳福利',
  villageId,
  from: '2025-01-01',
  to: '2025-12-31',
  minBeansEarned: 0,
})
const welfareRound = async (town: Town, villageId?: string) =>
  (
    await ok(201, 'POST', '/v1/welfare-rounds', {
      token: town.adminToken,
      body: welfare(villageId),
    })
  ).id as string

const customerOf = (town: Town, shop: string) => (shop === town.S2 ? town.H5 : town.H1)

/** A redemption's body: a fresh pay code of a household the shop serves, and one item of 5 beans. */
async function cart(town: Town, shop: string) {
  const householdId = customerOf(town, shop)
  const villager = await person(town, { householdId })
  const { code } = await ok(201, 'POST', `/v1/households/${householdId}/pay-code`, {
    token: villager.token,
  })
  const item = await ok(201, 'POST', `/v1/shops/${shop}/items`, {
    token: town.adminToken,
    body: { name: '肥皂', price: 5 },
  })
  return { code, lines: [{ itemId: item.id, qty: 1 }] }
}

const CASES: Case[] = [
  {
    route: 'GET /v1/me',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/me' }),
  },
  {
    route: 'GET /v1/me/units',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/me/units' }),
  },
  {
    route: 'GET /v1/villages',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/villages' }),
  },
  {
    route: 'GET /v1/indicators',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/indicators' }),
  },
  {
    route: 'GET /v1/roster-template.xlsx',
    allowed: ['infoAdmin', 'townAdmin'],
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/roster-template.xlsx' }),
  },
  {
    route: 'GET /v1/config',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/config' }),
  },
  {
    route: 'PUT /v1/config',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'PUT', url: '/v1/config', body: DEFAULT_TOWN_CONFIG }),
  },
  {
    route: 'POST /v1/villages',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 201,
    request: async () => ({ method: 'POST', url: '/v1/villages', body: { name: '新村' } }),
  },
  {
    route: 'POST /v1/indicators',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 201,
    request: async () => ({
      method: 'POST',
      url: '/v1/indicators',
      body: indicator(`QT-${codeSeq++}`),
    }),
  },
  {
    route: 'PATCH /v1/indicators/{code}',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'PATCH', url: '/v1/indicators/DZ-01', body: { points: 2 } }),
  },
  {
    route: 'GET /v1/audit',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async (town) => ({ method: 'GET', url: `/v1/audit?targetId=${town.V1}` }),
  },
  {
    route: 'GET /v1/households/{id}',
    allowed: HOUSEHOLD_READERS,
    level: 'household',
    success: 200,
    request: async (_, h) => ({ method: 'GET', url: `/v1/households/${h}` }),
  },
  {
    route: 'GET /v1/villages/{id}',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}` }),
  },
  {
    route: 'GET /v1/villages/{id}/households',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}/households` }),
  },
  {
    route: 'POST /v1/villages/{id}/grids',
    allowed: ROSTER_KEEPERS,
    level: 'village',
    success: 201,
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/grids`,
      body: { name: '网格' },
    }),
  },
  {
    route: 'POST /v1/grids/{id}/groups',
    allowed: ROSTER_KEEPERS,
    level: 'grid',
    success: 201,
    request: async (_, m) => ({
      method: 'POST',
      url: `/v1/grids/${m}/groups`,
      body: { name: '小组' },
    }),
  },
  {
    route: 'POST /v1/groups/{id}/households',
    allowed: ROSTER_KEEPERS,
    level: 'group',
    success: 201,
    request: async (_, g) => ({
      method: 'POST',
      url: `/v1/groups/${g}/households`,
      body: { headName: '新户' },
    }),
  },
  {
    route: 'POST /v1/households/{id}/move',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 200,
    // A fresh household beside the target moves to another group of the same village.
    request: async (town, h) => {
      const from = groupOf(town, h)
      const fresh = await ok(201, 'POST', `/v1/groups/${from}/households`, {
        token: town.adminToken,
        body: { headName: '搬迁户' },
      })
      const to = { [town.G1]: town.G2, [town.G2]: town.G1, [town.G3]: town.G1, [town.G4]: town.G5 }[
        from
      ]
      return { method: 'POST', url: `/v1/households/${fresh.id}/move`, body: { groupId: to } }
    },
  },
  {
    route: 'POST /v1/households/{id}/close',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 200,
    // A fresh household beside the target is closed: the town's own households stay open.
    request: async (town, h) => {
      const fresh = await ok(201, 'POST', `/v1/groups/${groupOf(town, h)}/households`, {
        token: town.adminToken,
        body: { headName: '迁出户' },
      })
      return { method: 'POST', url: `/v1/households/${fresh.id}/close`, body: { reason: '迁出' } }
    },
  },
  {
    route: 'POST /v1/villages/{id}/roster-imports?dryRun=true',
    allowed: ROSTER_KEEPERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/roster-imports?dryRun=true`,
      body: await rosterFile([['一网格', '一组', '王秀英', '', '王秀英', '', '', '否']]),
    }),
  },
  {
    route: 'GET /v1/villages/{id}/roster-imports/{key}',
    allowed: ROSTER_KEEPERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}/roster-imports/a-key` }),
  },
  {
    route: 'GET /v1/villages/{id}/months/{m}/poster.pdf (a month not published)',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 409,
    successCode: 'NOT_READY',
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/villages/${v}/months/2001-01/poster.pdf`,
    }),
  },
  {
    route: 'GET /v1/villages/{id}/door-cards.pdf',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}/door-cards.pdf` }),
  },
  {
    route: 'GET /v1/years/{y}/certificates.pdf',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/years/2001/certificates.pdf?villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/reports/activity?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/reports/activity?year=2025&villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/exports/activity.xlsx?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/exports/activity.xlsx?month=2025-07&villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/reports/assessment?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/reports/assessment?year=2025&villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/exports/assessment.xlsx?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/exports/assessment.xlsx?year=2025&villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/dashboard?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/dashboard?villageId=${v}` }),
  },
  {
    route: 'POST /v1/villages/{id}/activities',
    allowed: ['villageLeader', 'infoAdmin', 'townAdmin'],
    level: 'village',
    success: 201,
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/activities`,
      body: activityOf(),
    }),
  },
  {
    route: 'GET /v1/villages/{id}/activities',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/villages/${v}/activities?month=2026-12`,
    }),
  },
  {
    route: 'GET /v1/activities/{id}',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (town, v) => ({
      method: 'GET',
      url: `/v1/activities/${await activity(town, v)}`,
    }),
  },
  {
    route: 'GET /v1/activities/{id}/check-ins (the town admin organises it)',
    allowed: ['townAdmin'],
    callers: ['villageLeader', 'infoAdmin', 'townAdmin'],
    level: 'village',
    success: 200,
    request: async (town, v) => ({
      method: 'GET',
      url: `/v1/activities/${await activity(town, v)}/check-ins`,
    }),
  },
  {
    route: 'POST /v1/activities/{id}/check-in-code (the town admin organises it)',
    allowed: ['townAdmin'],
    callers: ['villageLeader', 'infoAdmin', 'townAdmin'],
    level: 'village',
    success: 201,
    request: async (town, v) => ({
      method: 'POST',
      url: `/v1/activities/${await activity(town, v)}/check-in-code`,
    }),
  },
  {
    route: 'POST /v1/activities/{id}/close (the town admin organises it)',
    allowed: ['townAdmin'],
    callers: ['villageLeader', 'infoAdmin', 'townAdmin'],
    level: 'village',
    success: 200,
    request: async (town, v) => ({
      method: 'POST',
      url: `/v1/activities/${await activity(town, v)}/close`,
    }),
  },
  {
    route: 'POST /v1/activities/{id}/check-ins (the caller’s village, a forged code)',
    allowed: ['villager'],
    // The town admin passes the route's gate, but has no household to check in.
    callers: ['villager', 'townAdmin'],
    level: 'village',
    success: 400,
    successCode: 'CODE_INVALID',
    request: async (town, v) => ({
      method: 'POST',
      url: `/v1/activities/${await activity(town, v)}/check-ins`,
      body: { code: 'A1.x.y.z' },
    }),
  },
  {
    route: 'POST /v1/villages/{id}/notices',
    allowed: ['villageLeader', 'gridLeader', 'infoAdmin', 'townAdmin'],
    level: 'village',
    success: 201,
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/notices`,
      body: { title: '通知', body: '周六上午打扫村道' },
    }),
  },
  {
    route: 'GET /v1/villages/{id}/notices',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}/notices` }),
  },
  {
    route: 'POST /v1/welfare-rounds (a village’s)',
    allowed: ['villageLeader', 'townAdmin'],
    level: 'village',
    success: 201,
    request: async (_, v) => ({ method: 'POST', url: '/v1/welfare-rounds', body: welfare(v) }),
  },
  {
    route: 'GET /v1/welfare-rounds?villageId=',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/welfare-rounds?villageId=${v}` }),
  },
  {
    route: 'GET /v1/welfare-rounds/{id}',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (town, v) => ({
      method: 'GET',
      url: `/v1/welfare-rounds/${await welfareRound(town, v)}`,
    }),
  },
  {
    route: 'GET /v1/welfare-rounds/{id}/sheet.pdf',
    allowed: REPORTERS,
    level: 'village',
    success: 200,
    request: async (town, v) => ({
      method: 'GET',
      url: `/v1/welfare-rounds/${await welfareRound(town, v)}/sheet.pdf`,
    }),
  },
  {
    route: 'POST /v1/welfare-rounds/{id}/given (a town-wide round)',
    allowed: ['villageLeader', 'infoAdmin', 'townAdmin'],
    level: 'household',
    success: 201,
    request: async (town, h) => ({
      method: 'POST',
      url: `/v1/welfare-rounds/${await welfareRound(town)}/given`,
      body: { householdId: h, item: '大米一袋' },
    }),
  },
  {
    route: 'POST /v1/people',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 201,
    request: async (_, h) => ({
      method: 'POST',
      url: '/v1/people',
      body: { name: '新成员', householdId: h },
    }),
  },
  {
    route: 'GET /v1/people/{id}',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 200,
    request: async (town, h) => {
      const member = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '成员', householdId: h },
      })
      return { method: 'GET', url: `/v1/people/${member.id}` }
    },
  },
  {
    route: 'POST /v1/households/{id}/split',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 201,
    request: async (town, h) => {
      const member = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '成员', householdId: h },
      })
      const group = (await ok(200, 'GET', `/v1/households/${h}`, { token: town.adminToken }))
        .groupId as string
      return {
        method: 'POST',
        url: `/v1/households/${h}/split`,
        body: { personIds: [member.id], groupId: group, headName: '成员' },
      }
    },
  },
  {
    route: 'PATCH /v1/people/{id}',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 200,
    request: async (town, h) => {
      const member = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '成员', householdId: h },
      })
      return { method: 'PATCH', url: `/v1/people/${member.id}`, body: { name: '成员甲' } }
    },
  },
  {
    route: 'POST /v1/people/{id}/bind-code',
    allowed: ROSTER_KEEPERS,
    level: 'household',
    success: 201,
    request: async (town, h) => {
      const member = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '成员', householdId: h },
      })
      return { method: 'POST', url: `/v1/people/${member.id}/bind-code` }
    },
  },
  {
    route: 'POST /v1/roles (linkLeader)',
    allowed: ROSTER_KEEPERS,
    level: 'group',
    success: 201,
    request: async (town, g) => {
      const someone = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '组长' },
      })
      return {
        method: 'POST',
        url: '/v1/roles',
        body: { personId: someone.id, role: 'linkLeader', scopeId: g },
      }
    },
  },
  {
    route: 'DELETE /v1/roles (linkLeader)',
    allowed: ROSTER_KEEPERS,
    level: 'group',
    success: 200,
    request: async (town, g) => {
      const someone = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '卸任组长' },
      })
      const grant = { personId: someone.id, role: 'linkLeader', scopeId: g }
      await ok(201, 'POST', '/v1/roles', { token: town.adminToken, body: grant })
      return { method: 'DELETE', url: '/v1/roles', body: grant }
    },
  },
  {
    route: 'DELETE /v1/indicators/{code}',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async (town) => {
      const code = `QT-${codeSeq++}`
      await ok(201, 'POST', '/v1/indicators', { token: town.adminToken, body: indicator(code) })
      return { method: 'DELETE', url: `/v1/indicators/${code}` }
    },
  },
  {
    route: 'POST /v1/roles (villageLeader)',
    allowed: TOWN_ONLY,
    callers: ROSTER_KEEPERS,
    level: 'village',
    success: 201,
    request: async (town, v) => {
      const someone = await ok(201, 'POST', '/v1/people', {
        token: town.adminToken,
        body: { name: '书记' },
      })
      return {
        method: 'POST',
        url: '/v1/roles',
        body: { personId: someone.id, role: 'villageLeader', scopeId: v },
      }
    },
  },
  {
    route: 'POST /v1/entries (a self-reportable indicator)',
    allowed: SUBMITTERS,
    level: 'household',
    success: 201,
    // A month of its own for every request, so the indicator's monthly cap of 1 never bites.
    request: async (_, h) => ({
      method: 'POST',
      url: '/v1/entries',
      body: { householdId: h, indicatorCode: 'ZZ-01', occurredOn: nextMonthDay() },
    }),
  },
  {
    route: 'POST /v1/entries/{id}/approve',
    allowed: REVIEWERS,
    level: 'household',
    success: 200,
    request: async (town, h) => ({
      method: 'POST',
      url: `/v1/entries/${await pendingEntry(town, h)}/approve`,
    }),
  },
  {
    route: 'POST /v1/villages/{id}/months/{m}/publish',
    allowed: ['reviewBoard', 'townAdmin'],
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/months/${nextMonthDay().slice(0, 7)}/publish`,
    }),
  },
  {
    route: 'GET /v1/villages/{id}/months/{m}',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/villages/${v}/months/2026-10` }),
  },
  {
    route: 'GET /v1/households/{id}/ledger',
    allowed: HOUSEHOLD_READERS,
    level: 'household',
    success: 200,
    request: async (_, h) => ({ method: 'GET', url: `/v1/households/${h}/ledger` }),
  },
  {
    route: 'POST /v1/households/{id}/pay-code',
    // Only the household's own members: the town admin may call the route, but has no household.
    allowed: ['villager'],
    callers: ['villager', 'townAdmin'],
    level: 'household',
    success: 201,
    request: async (_, h) => ({ method: 'POST', url: `/v1/households/${h}/pay-code` }),
  },
  {
    route: 'POST /v1/households/{id}/adjustments',
    allowed: TOWN_ONLY,
    level: 'household',
    success: 201,
    request: async (_, h) => ({
      method: 'POST',
      url: `/v1/households/${h}/adjustments`,
      body: { amount: 1, reason: '测试' },
    }),
  },
  {
    route: 'POST /v1/households/{id}/restrictions',
    allowed: ['villageLeader', 'townAdmin'],
    level: 'household',
    success: 201,
    request: async (_, h) => ({
      method: 'POST',
      url: `/v1/households/${h}/restrictions`,
      body: { type: 'no_welfare', reason: '测试', from: '2026-01-01' },
    }),
  },
  {
    route: 'POST /v1/uploads',
    allowed: SUBMITTERS,
    level: 'none',
    success: 201,
    request: async () => ({
      method: 'POST',
      url: '/v1/uploads',
      body: { contentType: 'image/png', size: 100 },
    }),
  },
  {
    route: 'POST /v1/entries/batch',
    allowed: SUBMITTERS,
    level: 'household',
    success: 201,
    request: async (_, h) => ({
      method: 'POST',
      url: '/v1/entries/batch',
      body: { householdIds: [h], indicatorCode: 'ZZ-01', occurredOn: nextMonthDay() },
    }),
  },
  {
    route: 'GET /v1/entries?householdId=',
    allowed: HOUSEHOLD_READERS,
    level: 'household',
    success: 200,
    request: async (_, h) => ({ method: 'GET', url: `/v1/entries?householdId=${h}` }),
  },
  {
    route: 'GET /v1/entries?villageId=&month=',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/entries?villageId=${v}&month=2026-10` }),
  },
  {
    route: 'GET /v1/entries/{id}',
    allowed: HOUSEHOLD_READERS,
    level: 'household',
    success: 200,
    request: async (town, h) => ({
      method: 'GET',
      url: `/v1/entries/${await pendingEntry(town, h)}`,
    }),
  },
  {
    route: 'POST /v1/entries/{id}/reject',
    allowed: REVIEWERS,
    level: 'household',
    success: 200,
    request: async (town, h) => ({
      method: 'POST',
      url: `/v1/entries/${await pendingEntry(town, h)}/reject`,
      body: { reason: '证据不足' },
    }),
  },
  {
    route: 'GET /v1/villages/{id}/months/{m}/objections',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/villages/${v}/months/2026-10/objections`,
    }),
  },
  {
    route: 'POST /v1/villages/{id}/months/{m}/objections (a month not yet published)',
    // Only for one's own household: the town admin may call the route, but has none.
    allowed: ['villager'],
    callers: ['villager', 'townAdmin'],
    level: 'household',
    success: 409,
    successCode: 'INVALID_STATE',
    request: async (town, h) => ({
      method: 'POST',
      url: `/v1/villages/${h === town.H5 ? town.V2 : town.V1}/months/2026-10/objections`,
      body: { householdId: h, reason: '分数不对' },
    }),
  },
  {
    route: 'POST /v1/objections/{id}/resolve',
    allowed: ['reviewBoard', 'townAdmin'],
    level: 'village',
    success: 200,
    // A month of its own, published, and a villager of the village objecting to it.
    request: async (town, v) => {
      const month = nextMonthDay().slice(0, 7)
      await ok(200, 'POST', `/v1/villages/${v}/months/${month}/publish`, {
        token: town.adminToken,
      })
      const householdId = v === town.V2 ? town.H5 : town.H1
      const villager = await person(town, { householdId })
      const { id } = await ok(201, 'POST', `/v1/villages/${v}/months/${month}/objections`, {
        token: villager.token,
        body: { householdId, reason: '分数不对' },
      })
      return {
        method: 'POST',
        url: `/v1/objections/${id}/resolve`,
        body: { decision: 'dismissed', note: '核实无误' },
      }
    },
  },
  {
    route: 'POST /v1/villages/{id}/months/{m}/finalize (a month not yet published)',
    allowed: ['reviewBoard', 'townAdmin'],
    level: 'village',
    success: 409,
    successCode: 'NOT_READY',
    request: async (_, v) => ({
      method: 'POST',
      url: `/v1/villages/${v}/months/${nextMonthDay().slice(0, 7)}/finalize`,
    }),
  },
  {
    route: 'GET /v1/years/{y}/honours',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({ method: 'GET', url: `/v1/years/2026/honours?villageId=${v}` }),
  },
  {
    route: 'POST /v1/restrictions/{id}/lift',
    allowed: ['villageLeader', 'townAdmin'],
    level: 'household',
    success: 200,
    request: async (town, h) => {
      const { id } = await ok(201, 'POST', `/v1/households/${h}/restrictions`, {
        token: town.adminToken,
        body: { type: 'no_honours', reason: '测试', from: '2026-01-01' },
      })
      return { method: 'POST', url: `/v1/restrictions/${id}/lift`, body: { reason: '已整改' } }
    },
  },
  {
    route: 'GET /v1/quarters/{q}/rankings',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/quarters/2026-Q3/rankings?level=grid' }),
  },
  {
    route: 'POST /v1/quarters/{q}/awards (a quarter with no month finalised)',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 409,
    successCode: 'NOT_READY',
    request: async () => ({ method: 'POST', url: '/v1/quarters/2020-Q1/awards' }),
  },
  {
    route: 'GET /v1/shops',
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'GET', url: '/v1/shops' }),
  },
  {
    route: 'GET /v1/shops/{id}/items',
    // Any shop's goods are for everyone in the town to see.
    allowed: ROLES,
    level: 'none',
    success: 200,
    request: async (town) => ({ method: 'GET', url: `/v1/shops/${town.S2}/items` }),
  },
  {
    route: 'POST /v1/dev/clock (by nothing: the clock stays)',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 200,
    request: async () => ({ method: 'POST', url: '/v1/dev/clock', body: { offsetMs: 0 } }),
  },
  {
    route: 'POST /v1/shops',
    allowed: TOWN_ONLY,
    level: 'none',
    success: 201,
    request: async (town) => ({
      method: 'POST',
      url: '/v1/shops',
      body: { name: '新超市', kind: 'supermarket', villageIds: [town.V1] },
    }),
  },
  {
    route: 'POST /v1/shops/{id}/items',
    allowed: TOWN_ONLY,
    level: 'shop',
    success: 201,
    request: async (_, shop) => ({
      method: 'POST',
      url: `/v1/shops/${shop}/items`,
      body: { name: '肥皂', price: 5 },
    }),
  },
  {
    route: 'PATCH /v1/shops/{id}/items/{itemId}',
    allowed: TOWN_ONLY,
    level: 'shop',
    success: 200,
    request: async (town, shop) => {
      const item = await ok(201, 'POST', `/v1/shops/${shop}/items`, {
        token: town.adminToken,
        body: { name: '毛巾', price: 6 },
      })
      return { method: 'PATCH', url: `/v1/shops/${shop}/items/${item.id}`, body: { price: 7 } }
    },
  },
  {
    route: 'POST /v1/shops/{id}/scan (a code that is not a pay code)',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 400,
    successCode: 'CODE_INVALID',
    request: async (_, shop) => ({
      method: 'POST',
      url: `/v1/shops/${shop}/scan`,
      body: { code: 'not-a-pay-code' },
    }),
  },
  {
    route: 'POST /v1/shops/{id}/redemptions (a household with no beans)',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 409,
    successCode: 'INSUFFICIENT_BEANS',
    request: async (town, shop) => ({
      method: 'POST',
      url: `/v1/shops/${shop}/redemptions`,
      body: await cart(town, shop),
    }),
  },
  {
    route: 'POST /v1/redemptions/{id}/void',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 200,
    // The household is given the beans, and the town admin redeems them at the shop.
    request: async (town, shop) => {
      const body = await cart(town, shop)
      await ok(201, 'POST', `/v1/households/${customerOf(town, shop)}/adjustments`, {
        token: town.adminToken,
        body: { amount: 5, reason: '测试' },
      })
      const receipt = await ok(201, 'POST', `/v1/shops/${shop}/redemptions`, {
        token: town.adminToken,
        body,
      })
      return {
        method: 'POST',
        url: `/v1/redemptions/${receipt.id}/void`,
        body: { reason: '拿错了' },
      }
    },
  },
  {
    route: 'GET /v1/shops/{id}/redemptions',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 200,
    request: async (_, shop) => ({ method: 'GET', url: `/v1/shops/${shop}/redemptions` }),
  },
  {
    route: 'GET /v1/shops/{id}/statement',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 200,
    request: async (_, shop) => ({
      method: 'GET',
      url: `/v1/shops/${shop}/statement?from=2026-10-01&to=2026-10-31`,
    }),
  },
  {
    route: 'GET /v1/exports/publication.xlsx (a month not published)',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 409,
    successCode: 'NOT_READY',
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/exports/publication.xlsx?villageId=${v}&month=2026-10`,
    }),
  },
  {
    route: 'GET /v1/exports/ledger.xlsx',
    allowed: HOUSEHOLD_READERS,
    level: 'household',
    success: 200,
    request: async (_, h) => ({ method: 'GET', url: `/v1/exports/ledger.xlsx?householdId=${h}` }),
  },
  {
    route: 'GET /v1/exports/statement.xlsx',
    allowed: SHOP_KEEPERS,
    level: 'shop',
    success: 200,
    request: async (_, shop) => ({
      method: 'GET',
      url: `/v1/exports/statement.xlsx?shopId=${shop}&from=2026-10-01&to=2026-10-31`,
    }),
  },
  {
    route: 'GET /v1/exports/rankings.xlsx (a quarter not awarded)',
    allowed: ROLES,
    level: 'none',
    success: 409,
    successCode: 'NOT_READY',
    request: async () => ({
      method: 'GET',
      url: '/v1/exports/rankings.xlsx?quarter=2020-Q1&level=grid',
    }),
  },
  {
    route: 'GET /v1/exports/honours.xlsx',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/exports/honours.xlsx?year=2025&villageId=${v}`,
    }),
  },
  {
    route: 'GET /v1/exports/party-members.xlsx',
    allowed: HOUSEHOLD_READERS,
    level: 'village',
    success: 200,
    request: async (_, v) => ({
      method: 'GET',
      url: `/v1/exports/party-members.xlsx?year=2025&villageId=${v}`,
    }),
  },
]

/** Per level and role: the object inside the role's scope, and one outside it in the same town. */
function targets(
  town: Town,
  level: Exclude<Level, 'none'>,
  role: Role,
): { inside: string; outside: string | null } {
  const { H1, H2, H3, H4, H5, V1, V2, M1, M3, G1, G4, S1, S2 } = town
  const byLevel = {
    household: {
      villager: [H1, H2],
      linkLeader: [H2, H3],
      gridLeader: [H3, H4],
      villageLeader: [H4, H5],
      infoAdmin: [H4, H5],
      reviewBoard: [H4, H5],
      clerk: [H1, H2],
      townAdmin: [H5, null],
    },
    village: { townAdmin: [V2, null] },
    grid: { townAdmin: [M3, null] },
    group: { townAdmin: [G4, null] },
    shop: { townAdmin: [S2, null] },
  } as Record<string, Partial<Record<Role, (string | null)[]>>>
  const fallback = {
    village: [V1, V2],
    grid: [M1, M3],
    group: [G1, G4],
    household: [H1, H2],
    shop: [S1, S2],
  }[level]
  const [inside, outside] = byLevel[level]![role] ?? fallback
  return { inside: inside!, outside: outside ?? null }
}

describe('authorization matrix', () => {
  let town: Town
  let other: Town
  const tokens = {} as Record<Role, string>

  beforeAll(async () => {
    const withSecondShop = async () => {
      const t = await orgTown()
      const shop = await ok(201, 'POST', '/v1/shops', {
        token: t.adminToken,
        body: { name: '西村共富超市', kind: 'supermarket', villageIds: [t.V2] },
      })
      return { ...t, S2: shop.id as string }
    }
    ;[town, other] = await Promise.all([withSecondShop(), withSecondShop()])
    const scopes: Record<Exclude<Role, 'townAdmin' | 'villager'>, string> = {
      linkLeader: town.G1,
      gridLeader: town.M1,
      villageLeader: town.V1,
      infoAdmin: town.V1,
      reviewBoard: town.V1,
      clerk: town.S1,
    }
    tokens.villager = (await person(town, { householdId: town.H1 })).token
    for (const [role, scopeId] of Object.entries(scopes))
      tokens[role as Role] = (await person(town, { role: role as Role, scopeId })).token
    tokens.townAdmin = town.adminToken
  }, 60_000)

  const rows = CASES.flatMap((c) =>
    ROLES.flatMap((role) =>
      (c.level === 'none'
        ? (['inside'] as Where[])
        : (['inside', 'outside', 'otherTown'] as Where[])
      ).map((where) => ({ c, role, where })),
    ),
  )

  it.each(rows)('$c.route as $role, object $where', async ({ c, role, where }) => {
    let target = ''
    let owner = town
    if (c.level !== 'none') {
      const { inside, outside } = targets(town, c.level, role)
      if (where === 'outside' && outside === null) return // the town admin's scope is the whole town
      owner = where === 'otherTown' ? other : town
      target =
        where === 'inside'
          ? inside
          : where === 'outside'
            ? outside!
            : targets(other, c.level, role).inside
    }
    const request = await c.request(owner, target)
    const expected = !(c.callers ?? c.allowed).includes(role)
      ? 403
      : where === 'otherTown'
        ? 404
        : where === 'inside' && c.allowed.includes(role)
          ? c.success
          : 403

    const response = await call(request.method, request.url, {
      token: tokens[role],
      body: request.body,
    })

    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: expected,
      code: expected === 403 ? 'FORBIDDEN' : expected === 404 ? 'NOT_FOUND' : c.successCode,
    })
  })

  it('refuses every route without a token, or with a forged one', async () => {
    for (const c of CASES) {
      const request = await c.request(
        town,
        c.level === 'none' ? '' : targets(town, c.level, 'townAdmin').inside,
      )
      expect((await call(request.method, request.url, { body: request.body })).status).toBe(401)
      expect(
        (await call(request.method, request.url, { token: 'x.y.z', body: request.body })).status,
      ).toBe(401)
    }
  })

  it('refuses a role that may never call a route before looking at its body', async () => {
    const response = await call('POST', '/v1/villages', {
      token: tokens.villager,
      body: { nonsense: true },
    })

    expect(response.status).toBe(403)
  })
})
