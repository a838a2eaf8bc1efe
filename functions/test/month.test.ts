import { beforeAll, describe, expect, it } from '@jest/globals'
import { call } from './api'
import { ok, orgTown, person, uploadPhoto } from './fixtures'

const MONTH = '2026-10'
const DAY = '2026-10-15'

/**
 * A whole month in one village, in order: submissions (with photos, a batch and a
 * self-report), refusals, review, publication, objections, finalisation — then the beans
 * checked against the SPEC formulas worked out here by hand.
 */
describe('a month of points in 东尉村', () => {
  type Town = Awaited<ReturnType<typeof orgTown>>
  let town: Town
  let linkLeader: Awaited<ReturnType<typeof person>>
  let villager: Awaited<ReturnType<typeof person>>
  let reviewer: Awaited<ReturnType<typeof person>>
  let infoAdmin: Awaited<ReturnType<typeof person>>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    town = await orgTown()
    // The link leader of G1 lives in H1; a villager of H3; the reviewer lives in H4.
    linkLeader = await person(town, { householdId: town.H1, role: 'linkLeader', scopeId: town.G1 })
    villager = await person(town, { householdId: town.H3 })
    reviewer = await person(town, { householdId: town.H4, role: 'reviewBoard', scopeId: town.V1 })
    infoAdmin = await person(town, { role: 'infoAdmin', scopeId: town.V1 })
  }, 30_000)

  const submit = (token: string, body: object, key?: string) =>
    call('POST', '/v1/entries', {
      token,
      body: { occurredOn: DAY, ...body },
      ...(key && { headers: { 'idempotency-key': key } }),
    })

  it('takes a leader’s entry with a photo for a household of the group', async () => {
    const photo = await uploadPhoto(linkLeader.token)
    const response = await submit(linkLeader.token, {
      householdId: town.H2,
      indicatorCode: 'DZ-01',
      quantity: 2,
      photoKeys: [photo],
    })

    expect(response.status).toBe(201)
    expect(response.body).toEqual({
      id: expect.any(String),
      status: 'pending',
      points: 4,
      month: MONTH,
    })
    ids.h2Volunteer = response.body.id
    const entry = await ok(200, 'GET', `/v1/entries/${ids.h2Volunteer}`, {
      token: linkLeader.token,
    })
    expect(entry.photos[0].url).toMatch(/X-Amz-Expires=600/)
  })

  it('refuses an entry that needs a photo without one, or with a photo never uploaded', async () => {
    const none = await submit(linkLeader.token, { householdId: town.H2, indicatorCode: 'DZ-01' })
    const forged = await submit(linkLeader.token, {
      householdId: town.H2,
      indicatorCode: 'DZ-01',
      photoKeys: [`${town.townId}/photos/nothing.jpg`],
    })

    expect([none.status, none.body.error.details[0].path]).toEqual([400, 'photoKeys'])
    expect([forged.status, forged.body.error.details[0].path]).toEqual([400, 'photoKeys'])
  })

  it('refuses a leader an entry for a household outside the group', async () => {
    expect(
      (await submit(linkLeader.token, { householdId: town.H3, indicatorCode: 'ZZ-01' })).status,
    ).toBe(403)
  })

  it('lets a villager self-report only a self-reportable indicator, only for the own household, within the cap', async () => {
    const own = await submit(villager.token, { householdId: town.H3, indicatorCode: 'ZZ-01' })
    const notSelf = await submit(villager.token, { householdId: town.H3, indicatorCode: 'DZ-04' })
    const other = await submit(villager.token, { householdId: town.H4, indicatorCode: 'ZZ-01' })
    const overCap = await submit(villager.token, { householdId: town.H3, indicatorCode: 'ZZ-01' })

    expect(own.status).toBe(201)
    expect(notSelf.status).toBe(403)
    expect(other.status).toBe(403)
    expect([overCap.status, overCap.body.error.code]).toEqual([409, 'CAP_EXCEEDED'])
    ids.h3SelfReport = own.body.id
  })

  it('records a batch activity, entered by the info admin and reported by the link leader', async () => {
    const photo = await uploadPhoto(infoAdmin.token)
    const { ids: batch } = await ok(201, 'POST', '/v1/entries/batch', {
      token: infoAdmin.token,
      body: {
        householdIds: [town.H1, town.H2, town.H4],
        indicatorCode: 'ZZ-07',
        occurredOn: DAY,
        photoKeys: [photo],
        reportedBy: linkLeader.id,
      },
    })
    const entry = await ok(200, 'GET', `/v1/entries/${batch[0]}`, { token: infoAdmin.token })

    expect(batch).toHaveLength(3)
    expect(entry).toMatchObject({ submittedBy: infoAdmin.id, reportedBy: linkLeader.id, points: 2 })
    ;[ids.h1Labour, ids.h2Labour, ids.h4Labour] = batch
  })

  it('takes a deduction for a household', async () => {
    ids.h4Deduction = (
      await ok(201, 'POST', '/v1/entries', {
        token: infoAdmin.token,
        body: { householdId: town.H4, indicatorCode: 'FZ-12', occurredOn: DAY },
      })
    ).id
  })

  it('keeps four eyes: no review of an entry one reported, nor of one’s own household', async () => {
    const ownHousehold = await call('POST', `/v1/entries/${ids.h4Labour}/approve`, {
      token: reviewer.token,
    })
    const villagerApproves = await call('POST', `/v1/entries/${ids.h3SelfReport}/approve`, {
      token: villager.token,
    })

    expect(ownHousehold.status).toBe(403)
    expect(villagerApproves.status).toBe(403)
  })

  it('refuses to publish while entries are pending, naming them', async () => {
    const response = await call('POST', `/v1/villages/${town.V1}/months/${MONTH}/publish`, {
      token: reviewer.token,
    })

    expect([response.status, response.body.error.code]).toEqual([409, 'NOT_READY'])
    expect(response.body.error.details.pendingEntryIds).toContain(ids.h2Volunteer)
  })

  it('lists the village-month for the reviewer, and only the group’s entries for the link leader', async () => {
    const all = await ok(200, 'GET', `/v1/entries?villageId=${town.V1}&month=${MONTH}`, {
      token: reviewer.token,
    })
    const group = await ok(
      200,
      'GET',
      `/v1/entries?villageId=${town.V1}&month=${MONTH}&status=pending`,
      { token: linkLeader.token },
    )

    expect(all.items).toHaveLength(6)
    expect(new Set(group.items.map((e: { householdId: string }) => e.householdId))).toEqual(
      new Set([town.H1, town.H2]),
    )
  })

  it('approves and rejects, then publishes with the SPEC’s figures', async () => {
    for (const id of [
      ids.h2Volunteer,
      ids.h3SelfReport,
      ids.h1Labour,
      ids.h2Labour,
      ids.h4Deduction,
    ]) {
      await ok(200, 'POST', `/v1/entries/${id}/approve`, { token: town.adminToken })
    }
    await ok(200, 'POST', `/v1/entries/${ids.h4Labour}/reject`, {
      token: town.adminToken,
      body: { reason: '当天未出勤' },
    })

    const month = await ok(200, 'POST', `/v1/villages/${town.V1}/months/${MONTH}/publish`, {
      token: reviewer.token,
    })
    const byId = Object.fromEntries(
      month.households.map((h: { householdId: string }) => [h.householdId, h]),
    )

    // S: H1 2 (labour), H2 4 + 2 = 6, H3 1, H4 −2. G1 = {H1, H2}: T = 8, n = 2, A = 4.
    // H1 leads G1: L = 0.5·2 + 0.5·4 = 3 → 3 beans. Village of H1…H4: T = 7.
    expect(month.status).toBe('published')
    expect(byId[town.H1]).toMatchObject({ score: 2, blended: 3, beans: 3, headName: '张*华' })
    expect(byId[town.H2]).toMatchObject({
      score: 6,
      blended: null,
      beans: 6,
      byDimension: { autonomy: 2, law: 0, virtue: 4 },
    })
    expect(byId[town.H3]).toMatchObject({ score: 1, beans: 1 })
    expect(byId[town.H4]).toMatchObject({ score: -2, beans: -2 })
    expect(month.groups).toContainEqual({ id: town.G1, total: 8, average: 4 })
  })

  it('closes the month to new entries', async () => {
    const late = await submit(linkLeader.token, { householdId: town.H1, indicatorCode: 'ZZ-01' })

    expect([late.status, late.body.error.code]).toEqual([409, 'MONTH_CLOSED'])
  })

  it('takes objections from a household’s own members, and refuses finalising while they are open', async () => {
    ids.objectionToDismiss = (
      await ok(201, 'POST', `/v1/villages/${town.V1}/months/${MONTH}/objections`, {
        token: villager.token,
        body: { householdId: town.H3, reason: '我家的分数少算了' },
      })
    ).id
    ids.objectionToUphold = (
      await ok(201, 'POST', `/v1/villages/${town.V1}/months/${MONTH}/objections`, {
        token: villager.token,
        body: {
          householdId: town.H3,
          entryId: ids.h2Volunteer,
          reason: '邻居那天并未参加志愿服务',
        },
      })
    ).id
    const forOthers = await call('POST', `/v1/villages/${town.V1}/months/${MONTH}/objections`, {
      token: villager.token,
      body: { householdId: town.H2, reason: '代邻居提' },
    })
    const early = await call('POST', `/v1/villages/${town.V1}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })

    expect(forOthers.status).toBe(403)
    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_READY'])
  })

  it('dismisses one objection and upholds the other, recomputing the blend', async () => {
    await ok(200, 'POST', `/v1/objections/${ids.objectionToDismiss}/resolve`, {
      token: reviewer.token,
      body: { decision: 'dismissed', note: '核实无误' },
    })
    const upheld = await ok(200, 'POST', `/v1/objections/${ids.objectionToUphold}/resolve`, {
      token: reviewer.token,
      body: { decision: 'upheld', voidEntryIds: [ids.h2Volunteer], note: '经核实当天未参加' },
    })
    const byId = Object.fromEntries(
      upheld.month.households.map((h: { householdId: string }) => [h.householdId, h]),
    )
    const again = await call('POST', `/v1/objections/${ids.objectionToUphold}/resolve`, {
      token: reviewer.token,
      body: { decision: 'dismissed', note: '重复' },
    })

    // H2 loses its 4 volunteer points: S = 2. G1: T = 4, A = 2; H1: L = 1 + 1 = 2.
    expect(byId[town.H2]).toMatchObject({ score: 2, beans: 2 })
    expect(byId[town.H1]).toMatchObject({ blended: 2, beans: 2 })
    expect(
      (await ok(200, 'GET', `/v1/entries/${ids.h2Volunteer}`, { token: reviewer.token })).status,
    ).toBe('voided')
    expect(again.status).toBe(409)
  })

  it('finalises after the deadline, crediting each household once', async () => {
    await ok(200, 'POST', '/v1/dev/clock', {
      token: town.adminToken,
      body: { offsetMs: 8 * 86_400_000 },
    })

    const first = await ok(200, 'POST', `/v1/villages/${town.V1}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })
    const second = await ok(200, 'POST', `/v1/villages/${town.V1}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })
    const balances = await Promise.all(
      [town.H1, town.H2, town.H3, town.H4, town.H5].map(
        async (h) =>
          (await ok(200, 'GET', `/v1/households/${h}/ledger`, { token: town.adminToken })).balance,
      ),
    )
    const ledger = await ok(200, 'GET', `/v1/households/${town.H1}/ledger`, {
      token: linkLeader.token,
    })
    const late = await call('POST', `/v1/villages/${town.V1}/months/${MONTH}/objections`, {
      token: villager.token,
      body: { householdId: town.H3, reason: '晚了' },
    })

    expect(first).toEqual({ status: 'final', credited: 4 })
    expect(second).toEqual({ status: 'final', credited: 0 })
    expect(balances).toEqual([2, 2, 1, -2, 0])
    expect(ledger.items).toEqual([
      {
        id: `monthly-${town.V1}-${MONTH}-${town.H1}`,
        kind: 'monthly',
        amount: 2,
        balanceAfter: 2,
        source: expect.objectContaining({ type: 'month', month: MONTH }),
        at: expect.any(String),
      },
    ])
    expect([late.status, late.body.error.code]).toEqual([409, 'INVALID_STATE'])
  })
})
