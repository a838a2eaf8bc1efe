import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { DEFAULT_TOWN_CONFIG, monthEnd, monthOf } from '@jifenbao/shared'
import { call } from './api'
import { ok, orgTown, person } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>
const MINUTE = 60_000

/**
 * An activity from plan to beans (SPEC §8a), on the town's clock: planned by the village
 * leader with a window around now, three households check in by scanning (one twice), one
 * is refused with an expired code and one from another village; closing makes exactly three
 * pending entries, approved by the review board (not the organiser), published and
 * finalised into 3 beans each (FZ-03, 3 points).
 */
describe('an activity with QR check-in', () => {
  let town: Town
  let leader: { id: string; token: string }
  let activity: string
  const start = Date.now() - 5 * MINUTE
  const month = monthOf(new Date(start))
  const villagers = {} as Record<'H1' | 'H2' | 'H3' | 'H4' | 'H5', string>

  const clock = (offsetMs: number) =>
    ok(200, 'POST', '/v1/dev/clock', { token: town.adminToken, body: { offsetMs } })
  const plan = (body: object) =>
    call('POST', `/v1/villages/${town.V1}/activities`, {
      token: leader.token,
      body: {
        title: '清理河道',
        indicatorCode: 'FZ-03',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3 * 60 * MINUTE).toISOString(),
        place: '村东河边',
        ...body,
      },
    })
  const code = async (id: string) =>
    (await ok(201, 'POST', `/v1/activities/${id}/check-in-code`, { token: leader.token })).code
  const checkIn = (who: keyof typeof villagers, id: string, withCode: string) =>
    call('POST', `/v1/activities/${id}/check-ins`, {
      token: villagers[who],
      body: { code: withCode },
    })

  beforeAll(async () => {
    town = await orgTown()
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    leader = await person(town, { role: 'villageLeader', scopeId: town.V1 })
    for (const h of ['H1', 'H2', 'H3', 'H4', 'H5'] as const)
      villagers[h] = (await person(town, { householdId: town[h] })).token
    activity = (await plan({})).body.id
  }, 60_000)

  it('is planned with an indicator that needs no photo, and read by the village', async () => {
    const photo = await plan({ indicatorCode: 'FZ-04' })
    expect([photo.status, photo.body.error.details[0].path]).toEqual([400, 'indicatorCode'])
    const backwards = await plan({ endsAt: new Date(start - MINUTE).toISOString() })
    expect([backwards.status, backwards.body.error.details[0].path]).toEqual([400, 'endsAt'])

    expect(
      await ok(200, 'GET', `/v1/activities/${activity}`, { token: villagers.H1 }),
    ).toMatchObject({ title: '清理河道', place: '村东河边', status: 'open', checkIns: 0 })
    const { items } = await ok(200, 'GET', `/v1/villages/${town.V1}/activities?month=${month}`, {
      token: villagers.H2,
    })
    expect(items.map((a: { id: string }) => a.id)).toContain(activity)
  })

  it('checks households in by the code of the minute: once each, refusing the wrong ones clearly', async () => {
    const first = await code(activity)
    for (const h of ['H1', 'H2', 'H3'] as const)
      expect((await checkIn(h, activity, first)).status).toBe(201)
    const firstTime = (await checkIn('H1', activity, first)).body
    const again = await checkIn('H1', activity, first)
    expect([again.status, again.body]).toEqual([200, firstTime])

    const elsewhere = await checkIn('H5', activity, await code(activity))
    expect(elsewhere.status).toBe(403)
    const other = (await plan({ title: '另一场' })).body.id
    const wrong = await checkIn('H4', activity, await code(other))
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'CODE_INVALID'])
    await clock(2 * MINUTE)
    const expired = await checkIn('H4', activity, first)
    expect([expired.status, expired.body.error.code]).toEqual([400, 'CODE_EXPIRED'])

    const { items } = await ok(200, 'GET', `/v1/activities/${activity}/check-ins`, {
      token: leader.token,
    })
    expect(items.map((c: { householdId: string }) => c.householdId).sort()).toEqual(
      [town.H1, town.H2, town.H3].sort(),
    )
    expect(
      (await ok(200, 'GET', `/v1/activities/${activity}`, { token: leader.token })).checkIns,
    ).toBe(3)
  })

  it('refuses a check-in outside the window, and a code before the activity starts', async () => {
    const short = (
      await plan({ title: '短会', endsAt: new Date(Date.now() + 3 * MINUTE).toISOString() })
    ).body.id
    const late = await code(short)
    await clock(4 * MINUTE)
    const closedWindow = await checkIn('H4', short, late)
    expect([closedWindow.status, closedWindow.body.error.code]).toEqual([409, 'INVALID_STATE'])
    const later = (
      await plan({
        title: '明天的会',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 86_400_000 + 60 * MINUTE).toISOString(),
      })
    ).body.id
    const early = await call('POST', `/v1/activities/${later}/check-in-code`, {
      token: leader.token,
    })
    expect([early.status, early.body.error.code]).toEqual([409, 'INVALID_STATE'])
  })

  it('closes into one pending entry per household, once, by its organiser only', async () => {
    const infoAdmin = await person(town, { role: 'infoAdmin', scopeId: town.V1 })
    expect(
      (await call('POST', `/v1/activities/${activity}/close`, { token: infoAdmin.token })).status,
    ).toBe(403)
    const closed = await ok(200, 'POST', `/v1/activities/${activity}/close`, {
      token: leader.token,
    })
    expect(closed).toEqual({ entries: 3, skipped: [] })
    expect(
      await ok(200, 'POST', `/v1/activities/${activity}/close`, { token: leader.token }),
    ).toEqual({ entries: 0, skipped: [] })
    const { items } = await ok(
      200,
      'GET',
      `/v1/entries?villageId=${town.V1}&month=${month}&status=pending`,
      { token: town.adminToken },
    )
    const fromActivity = items.filter((e: { note: string }) => e.note === '清理河道')
    expect(fromActivity).toHaveLength(3)
    expect(
      fromActivity.every(
        (e: { submittedBy: string; indicatorCode: string }) =>
          e.submittedBy === leader.id && e.indicatorCode === 'FZ-03',
      ),
    ).toBe(true)
  })

  it('skips and lists a household the indicator’s monthly cap has no room for', async () => {
    // ZZ-06 allows one a month: H1 has had its one.
    await ok(201, 'POST', '/v1/entries', {
      token: leader.token,
      body: {
        householdId: town.H1,
        indicatorCode: 'ZZ-06',
        quantity: 1,
        occurredOn: new Date(start).toISOString().slice(0, 10),
      },
    })
    await clock(0)
    const census = (await plan({ title: '信息采集', indicatorCode: 'ZZ-06' })).body.id
    const now = await code(census)
    for (const h of ['H1', 'H2'] as const) await checkIn(h, census, now)
    const closed = await ok(200, 'POST', `/v1/activities/${census}/close`, { token: leader.token })
    expect(closed).toEqual({
      entries: 1,
      skipped: [{ householdId: town.H1, headName: expect.any(String) }],
    })
  })

  it('its entries are reviewed by someone else, published and finalised into beans', async () => {
    const board = await person(town, { role: 'reviewBoard', scopeId: town.V1 })
    const { items } = await ok(
      200,
      'GET',
      `/v1/entries?villageId=${town.V1}&month=${month}&status=pending`,
      { token: board.token },
    )
    const own = await call('POST', `/v1/entries/${items[0].id}/approve`, { token: leader.token })
    expect(own.status).not.toBe(200)
    for (const e of items)
      await ok(200, 'POST', `/v1/entries/${e.id}/approve`, { token: board.token })
    await clock(monthEnd(month).getTime() + 60 * MINUTE - Date.now())
    for (const step of ['publish', 'finalize'])
      await ok(200, 'POST', `/v1/villages/${town.V1}/months/${month}/${step}`, {
        token: town.adminToken,
      })
    const beans = await Promise.all(
      (['H1', 'H2', 'H3', 'H4'] as const).map(
        async (h) =>
          (await ok(200, 'GET', `/v1/households/${town[h]}/ledger`, { token: town.adminToken }))
            .balance,
      ),
    )
    // FZ-03 is 3 points: H1 also has the census's ZZ-06 (1), H2 the census's entry (1).
    expect(beans).toEqual([3 + 1, 3 + 1, 3, 0])
  })
})

describe('closing a large activity', () => {
  it('is finished by closing again after it was cut short, never doubling an entry', async () => {
    const town = await orgTown()
    const leader = await person(town, { role: 'villageLeader', scopeId: town.V1 })
    const { id } = await ok(201, 'POST', `/v1/villages/${town.V1}/activities`, {
      token: leader.token,
      body: {
        title: '村民大会',
        indicatorCode: 'FZ-03',
        startsAt: new Date(Date.now() - 5 * MINUTE).toISOString(),
        endsAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
      },
    })
    const { code } = await ok(201, 'POST', `/v1/activities/${id}/check-in-code`, {
      token: leader.token,
    })
    // 26 households: two chunks of the closing (24, then 2).
    for (let i = 0; i < 26; i++) {
      const household = await ok(201, 'POST', `/v1/groups/${town.G1}/households`, {
        token: town.adminToken,
        body: { headName: `户${i}` },
      })
      const villager = await person(town, { householdId: household.id })
      await ok(201, 'POST', `/v1/activities/${id}/check-ins`, {
        token: villager.token,
        body: { code },
      })
    }
    const realSend = DynamoDBDocumentClient.prototype.send
    let chunks = 0
    jest.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (
      this: DynamoDBDocumentClient,
      command: unknown,
    ) {
      const items = command instanceof TransactWriteCommand ? command.input.TransactItems : []
      const entering = items?.some((i) => String(i.Update?.Key?.SK).startsWith('IN#'))
      if (entering && ++chunks === 2) return Promise.reject(new Error('the Lambda was stopped'))
      return (realSend as (c: unknown) => Promise<unknown>).call(this, command)
    } as never)
    const cut = await call('POST', `/v1/activities/${id}/close`, { token: leader.token })
    jest.restoreAllMocks()
    const month = monthOf(new Date(Date.now() - 5 * MINUTE))
    const entered = async () =>
      (
        await ok(200, 'GET', `/v1/entries?villageId=${town.V1}&month=${month}&status=pending`, {
          token: town.adminToken,
        })
      ).items.filter((e: { note: string }) => e.note === '村民大会')

    expect(cut.status).toBe(500)
    expect(await entered()).toHaveLength(24)
    expect((await ok(200, 'GET', `/v1/activities/${id}`, { token: leader.token })).status).toBe(
      'open',
    )
    expect(await ok(200, 'POST', `/v1/activities/${id}/close`, { token: leader.token })).toEqual({
      entries: 2,
      skipped: [],
    })
    const all = await entered()
    expect(all).toHaveLength(26)
    expect(new Set(all.map((e: { householdId: string }) => e.householdId)).size).toBe(26)
  }, 120_000)
})
