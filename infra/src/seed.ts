import { addMonths, DEFAULT_TOWN_CONFIG, monthEnd, monthOf, type Role } from '@jifenbao/shared'
import { s3Photos } from '../../functions/src/adapters/photos'
import {
  createGrid,
  createGroup,
  createHousehold,
  createVillage,
  type HouseholdItem,
  type VillageItem,
} from '../../functions/src/data/org'
import { createPersonOps, loadPrincipal, roleOp } from '../../functions/src/data/people'
import { createShopOps } from '../../functions/src/data/shops'
import { createTownOps, getTown, putConfig, townKey } from '../../functions/src/data/towns'
import { auditOf, commit, getItem } from '../../functions/src/data/tx'
import type { Actor } from '../../functions/src/lib/ground/context'
import { submit } from '../../functions/src/services/entries'
import { finalizeMonth, publishMonth } from '../../functions/src/services/month'
import { review } from '../../functions/src/services/review'

export const DEMO_TOWN_ID = 'demo-changshan'
export const DEMO_BEANS_PER_POINT = 10
const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Who to sign in as on the local stage (`POST /v1/auth/dev` with the phone). */
export const DEMO_LOGINS: { phone: string; name: string; role: Role; what: string }[] = [
  { phone: '13800000001', name: '赵涛', role: 'townAdmin', what: '镇管理员 town administrator' },
  {
    phone: '13800000002',
    name: '孙立军',
    role: 'villageLeader',
    what: '东尉村村级网格长 village grid leader',
  },
  {
    phone: '13800000003',
    name: '周晓燕',
    role: 'infoAdmin',
    what: '东尉村信息管理员 information administrator',
  },
  {
    phone: '13800000004',
    name: '吴国庆',
    role: 'reviewBoard',
    what: '东尉村领导小组成员 review board',
  },
  {
    phone: '13800000005',
    name: '郑海波',
    role: 'gridLeader',
    what: '东尉村第一微网格长 micro-grid leader',
  },
  {
    phone: '13800000006',
    name: '王秀英',
    role: 'linkLeader',
    what: '第一联户小组长 joint-household leader',
  },
  { phone: '13800000007', name: '冯丽', role: 'clerk', what: '东尉村共富超市店员 shop clerk' },
  { phone: '13800000008', name: '陈桂兰', role: 'villager', what: '村民 villager' },
]

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗'
const GIVEN = [
  '建国',
  '秀英',
  '桂兰',
  '志强',
  '玉梅',
  '德明',
  '春华',
  '凤英',
  '长山',
  '海燕',
  '永福',
  '淑珍',
  '金宝',
  '红霞',
  '立新',
]
export const DEMO_ITEMS = [
  { name: '食用油 5L', price: 60, stock: 40 },
  { name: '大米 10kg', price: 50, stock: 60 },
  { name: '洗衣粉 2kg', price: 20, stock: 80 },
  { name: '牙膏', price: 8, stock: 100 },
  { name: '毛巾', price: 6 },
  { name: '酱油', price: 10, stock: 50 },
]

/**
 * 长山镇: 东尉村 and 西尉村, each with 2 micro-grids of 3 and 2 groups, 44 households with
 * members (some party members), a person in every role, the starter catalogue and a
 * 共富超市 with items. Seeds once: a second run finds the town and does nothing.
 */
export async function seedDemoTown(now = new Date()): Promise<boolean> {
  if (await getItem(townKey(DEMO_TOWN_ID))) return false
  const admin = createPersonOps(DEMO_TOWN_ID, {
    name: DEMO_LOGINS[0]!.name,
    phone: DEMO_LOGINS[0]!.phone,
    partyMember: true,
  })
  const actor: Actor = { personId: admin.person.id, townId: DEMO_TOWN_ID, requestId: 'seed', now }
  await commit(
    [
      ...createTownOps({ id: DEMO_TOWN_ID, name: '长山镇', createdAt: now.toISOString() }),
      ...admin.ops,
      roleOp(DEMO_TOWN_ID, admin.person.id, { role: 'townAdmin', scopeId: DEMO_TOWN_ID }),
    ],
    [auditOf(actor, 'town.seed', DEMO_TOWN_ID, null, { name: '长山镇' })],
  )
  // Ten beans a point, so that a month's beans buy something at the 共富超市 in the demo.
  await putConfig(actor, { ...DEFAULT_TOWN_CONFIG, beansPerPoint: DEMO_BEANS_PER_POINT })

  const households: HouseholdItem[] = []
  const villages = []
  let n = 0
  for (const villageName of ['东尉村', '西尉村']) {
    const village = await createVillage(actor, villageName)
    villages.push(village)
    for (const [g, groupCount] of [3, 2].entries()) {
      const grid = await createGrid(actor, village, `第${'一二'[g]}微网格`)
      for (let k = 0; k < groupCount; k++) {
        const group = await createGroup(actor, grid, `第${'一二三'[k]}联户小组`)
        for (let h = 0; h < (k === 0 ? 5 : 4); h++, n++) {
          households.push(
            await createHousehold(
              actor,
              group,
              SURNAMES[n % SURNAMES.length]! + GIVEN[(n * 7) % GIVEN.length]!,
              `${villageName}${n + 1}号`,
            ),
          )
        }
      }
    }
  }

  const [dongwei] = villages
  const firstGroup = households[0]!
  const scopeOf: Record<Role, string> = {
    townAdmin: DEMO_TOWN_ID,
    villageLeader: dongwei!.id,
    infoAdmin: dongwei!.id,
    reviewBoard: dongwei!.id,
    gridLeader: firstGroup.gridId,
    linkLeader: firstGroup.groupId,
    clerk: '',
    villager: '',
  }
  const { shop, ops: shopOps } = createShopOps(
    {
      townId: DEMO_TOWN_ID,
      name: '东尉村共富超市',
      kind: 'supermarket',
      villageIds: [dongwei!.id],
    },
    DEMO_ITEMS,
  )
  scopeOf.clerk = shop.id
  await commit(shopOps, [auditOf(actor, 'shop.seed', shop.id, null, { name: shop.name })])

  // Households of 东尉村 by index: 0–4 the first group (the link leader's), 0–12 the first grid.
  const homeOf: Partial<Record<Role, number>> = {
    villageLeader: 5,
    infoAdmin: 6,
    reviewBoard: 10,
    gridLeader: 1,
    linkLeader: 0,
    villager: 2,
  }
  const staff: Partial<Record<Role, string>> = {}
  for (const [i, login] of DEMO_LOGINS.slice(1).entries()) {
    const home = homeOf[login.role]
    const household = home === undefined ? undefined : households[home]
    const { person, ops } = createPersonOps(DEMO_TOWN_ID, {
      name: login.name,
      phone: login.phone,
      householdId: household?.id,
      partyMember: i < 5,
    })
    const grant =
      login.role === 'villager'
        ? []
        : [roleOp(DEMO_TOWN_ID, person.id, { role: login.role, scopeId: scopeOf[login.role] })]
    await commit([...ops, ...grant])
    staff[login.role] = person.id
  }
  // Every other household gets its head as a member; every fifth head is a party member.
  for (const [i, household] of households.entries()) {
    const { ops } = createPersonOps(DEMO_TOWN_ID, {
      name: household.headName,
      householdId: household.id,
      partyMember: i % 5 === 0,
    })
    await commit(ops)
  }
  // 西尉村's own recorder, so that the town admin reviews its months with four eyes.
  const xiwei = villages[1]!
  const recorder = createPersonOps(DEMO_TOWN_ID, { name: '钱永福', partyMember: false })
  await commit([
    ...recorder.ops,
    roleOp(DEMO_TOWN_ID, recorder.person.id, { role: 'infoAdmin', scopeId: xiwei.id }),
  ])
  const finalMonths = closedMonths(now, (await getTown(DEMO_TOWN_ID)).config.objectionDays)
  for (const [k, month] of finalMonths.entries()) {
    await seedFinalMonth(dongwei!, households, staff.villageLeader!, staff.reviewBoard!, month, k)
    if (k < 3)
      await seedFinalMonth(xiwei, households, recorder.person.id, admin.person.id, month, k + 1)
  }
  return true
}

/**
 * The demo's history: the latest months whose objection window has closed by `now`, newest
 * first — four of them for 东尉村, three for 西尉村.
 */
function closedMonths(now: Date, objectionDays: number): string[] {
  const windowMs = objectionDays * DAY + HOUR
  let month = monthOf(now)
  while (monthEnd(month).getTime() + HOUR + windowMs > now.getTime()) month = addMonths(month, -1)
  return [0, 1, 2, 3].map((k) => addMonths(month, -k))
}

/** What households did in a demo month: indicator codes, one entry each. */
const DEEDS = [['ZZ-01', 'DZ-06'], ['ZZ-01', 'FZ-02'], ['ZZ-06', 'DZ-04'], ['ZZ-01'], ['ZZ-09']]

/**
 * A month of history for a village, so the demo has beans to spend, publications to read
 * and a dashboard to draw: its recorder records entries (each household's deeds shift
 * month by month, and one in four does nothing that month), the reviewer approves them,
 * the month is published and, its window over, finalised — on the clock of that time,
 * through the same services as the API.
 */
async function seedFinalMonth(
  village: VillageItem,
  households: HouseholdItem[],
  recorderId: string,
  reviewerId: string,
  month: string,
  k: number,
) {
  const { config } = await getTown(DEMO_TOWN_ID)
  const as = async (personId: string, time: number) => {
    const principal = (await loadPrincipal(personId, DEMO_TOWN_ID))!
    const actor: Actor = {
      personId: principal.personId,
      townId: DEMO_TOWN_ID,
      requestId: 'seed',
      now: new Date(time),
    }
    return { principal, actor }
  }
  const recording = await as(recorderId, monthEnd(month).getTime() - DAY)
  const reviewing = await as(reviewerId, monthEnd(month).getTime() - HOUR)
  const own = households.filter((h) => h.villageId === village.id)
  for (const [i, household] of own.entries()) {
    if (household.id === reviewing.principal.householdId || (i + k) % 4 === 3) continue
    for (const code of DEEDS[(i + k) % DEEDS.length]!) {
      const [entry] = await submit(
        recording.principal,
        recording.actor,
        s3Photos,
        [household.id],
        {
          indicatorCode: code,
          occurredOn: `${month}-${String(10 + (i % 15)).padStart(2, '0')}`,
        },
        1,
      )
      await review(reviewing.principal, reviewing.actor, entry!.id, 'approved', null)
    }
  }
  const published = (await as(reviewerId, monthEnd(month).getTime() + HOUR)).actor
  await publishMonth(published, village, month)
  const windowClosed = new Date(published.now.getTime() + config.objectionDays * DAY + HOUR)
  await finalizeMonth({ ...published, now: windowClosed }, DEMO_TOWN_ID, village.id, month)
}
