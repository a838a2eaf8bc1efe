import { beforeAll, describe, expect, it } from '@jest/globals'
import { STARTER_CATALOGUE } from '@jifenbao/shared'
import { call, ok, uploadPhoto } from './http'

/**
 * A whole month for a village of 3 micro-grids, 8 groups and 40 households, over HTTP
 * through serverless-offline against DynamoDB Local and local S3. The beans every household
 * ends with are worked out here from SPEC §4 alone and compared with its ledger.
 */
const MONTH = '2026-10'
const DAY = '2026-10-20'
const POINTS: Record<string, number> = Object.fromEntries(
  STARTER_CATALOGUE.map((i) => [i.code, i.points]),
)

interface Person {
  id: string
  token: string
}
let phone = 15000000000 + Math.floor(Math.random() * 1e6) * 100

describe('a month of 东尉村 over HTTP', () => {
  let admin: string
  let townId: string
  let villageId: string
  const grids: { id: string; groups: { id: string; households: string[] }[] }[] = []
  const households: { id: string; groupId: string; gridId: string }[] = []
  const linkLeaders: Person[] = []
  const gridLeaders: Person[] = []
  let villageLeader: Person
  let reviewer: Person
  let reviewerAtHome: Person
  let infoAdmin: Person
  let villager: Person
  /** What every entry is worth and whether it still counts, as this test knows it. */
  const entries = new Map<string, { householdId: string; points: number; counts: boolean }>()

  async function newPerson(
    name: string,
    householdId?: string,
    role?: string,
    scopeId?: string,
  ): Promise<Person> {
    const mobile = String(phone++)
    const { id } = await ok(201, 'POST', '/people', {
      token: admin,
      body: { name, phone: mobile, householdId },
    })
    if (role)
      await ok(201, 'POST', '/roles', { token: admin, body: { personId: id, role, scopeId } })
    const { token } = await ok(200, 'POST', '/auth/dev', { body: { phone: mobile, townId } })
    return { id, token }
  }

  const submit = async (token: string, body: object, pointsEach: number) => {
    const response = await call('POST', '/entries', { token, body: { occurredOn: DAY, ...body } })
    if (response.status === 201) {
      const b = body as { householdId: string; quantity?: number }
      entries.set(response.body.id, {
        householdId: b.householdId,
        points: pointsEach * (b.quantity ?? 1),
        counts: false,
      })
    }
    return response
  }

  beforeAll(async () => {
    ;({ townId, adminToken: admin } = await ok(201, 'POST', '/dev/towns', {
      body: { name: '长山镇' },
    }))
    villageId = (await ok(201, 'POST', '/villages', { token: admin, body: { name: '东尉村' } })).id
    for (const [g, groupCount] of [3, 3, 2].entries()) {
      const gridId = (
        await ok(201, 'POST', `/villages/${villageId}/grids`, {
          token: admin,
          body: { name: `第${g + 1}微网格` },
        })
      ).id
      const grid = { id: gridId, groups: [] as { id: string; households: string[] }[] }
      for (let k = 0; k < groupCount; k++) {
        const groupId = (
          await ok(201, 'POST', `/grids/${gridId}/groups`, {
            token: admin,
            body: { name: `第${k + 1}联户小组` },
          })
        ).id
        const ids: string[] = []
        for (let h = 0; h < 5; h++) {
          const id = (
            await ok(201, 'POST', `/groups/${groupId}/households`, {
              token: admin,
              body: { headName: `户主${g}${k}${h}号` },
            })
          ).id
          ids.push(id)
          households.push({ id, groupId, gridId })
        }
        grid.groups.push({ id: groupId, households: ids })
      }
      grids.push(grid)
    }
    for (const grid of grids) {
      for (const group of grid.groups)
        linkLeaders.push(await newPerson('联户长', group.households[0], 'linkLeader', group.id))
      gridLeaders.push(
        await newPerson('网格长', grid.groups[0]!.households[1], 'gridLeader', grid.id),
      )
    }
    villageLeader = await newPerson(
      '书记',
      grids[0]!.groups[0]!.households[2],
      'villageLeader',
      villageId,
    )
    reviewer = await newPerson('评议员', undefined, 'reviewBoard', villageId)
    reviewerAtHome = await newPerson(
      '评议员乙',
      grids[1]!.groups[0]!.households[3],
      'reviewBoard',
      villageId,
    )
    infoAdmin = await newPerson('信息员', undefined, 'infoAdmin', villageId)
    villager = await newPerson('村民', grids[0]!.groups[1]!.households[2])
  }, 240_000)

  it('builds the village: 3 grids, 8 groups, 40 households', async () => {
    const village = await ok(200, 'GET', `/villages/${villageId}`, { token: villager.token })

    expect(village.grids).toHaveLength(3)
    expect(village.grids.flatMap((g: { groups: unknown[] }) => g.groups)).toHaveLength(8)
    expect(households).toHaveLength(40)
  })

  it('takes the leaders’ entries with photos, a batch, deductions and a self-report', async () => {
    let n = 0
    for (const [i, grid] of grids.entries()) {
      for (const [k, group] of grid.groups.entries()) {
        const leader =
          linkLeaders[grids.slice(0, i).reduce((sum, g) => sum + g.groups.length, 0) + k]!
        const photo = await uploadPhoto(leader.token)
        for (const householdId of group.households) {
          const response = await submit(
            leader.token,
            { householdId, indicatorCode: 'DZ-01', quantity: (n++ % 3) + 1, photoKeys: [photo] },
            POINTS['DZ-01']!,
          )
          expect(response.status).toBe(201)
        }
      }
    }
    const batchHouseholds = grids[0]!.groups.flatMap((g) => g.households)
    const { ids } = await ok(201, 'POST', '/entries/batch', {
      token: gridLeaders[0]!.token,
      body: {
        householdIds: batchHouseholds,
        indicatorCode: 'ZZ-07',
        occurredOn: DAY,
        photoKeys: [await uploadPhoto(gridLeaders[0]!.token)],
      },
    })
    ids.forEach((id: string, i: number) =>
      entries.set(id, {
        householdId: batchHouseholds[i]!,
        points: POINTS['ZZ-07']!,
        counts: false,
      }),
    )
    for (const householdId of [
      households[5]!.id,
      households[17]!.id,
      households[30]!.id,
      households[39]!.id,
    ]) {
      expect(
        (
          await submit(
            infoAdmin.token,
            { householdId, indicatorCode: 'FZ-12', reportedBy: villageLeader.id },
            POINTS['FZ-12']!,
          )
        ).status,
      ).toBe(201)
    }
    const own = grids[0]!.groups[1]!.households[2]!
    expect(
      (await submit(villager.token, { householdId: own, indicatorCode: 'ZZ-01' }, POINTS['ZZ-01']!))
        .status,
    ).toBe(201)

    expect(entries.size).toBe(40 + 15 + 4 + 1)
  }, 120_000)

  it('refuses what is outside a person’s scope or rights', async () => {
    const otherGroup = grids[0]!.groups[1]!.households[0]!
    expect(
      (
        await call('POST', '/entries', {
          token: linkLeaders[0]!.token,
          body: { householdId: otherGroup, indicatorCode: 'ZZ-01', occurredOn: DAY },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call('POST', '/entries', {
          token: villager.token,
          body: { householdId: otherGroup, indicatorCode: 'ZZ-01', occurredOn: DAY },
        })
      ).status,
    ).toBe(403)
    const homeEntry = [...entries].find(
      ([, e]) => e.householdId === grids[1]!.groups[0]!.households[3],
    )![0]
    expect(
      (await call('POST', `/entries/${homeEntry}/approve`, { token: reviewerAtHome.token })).status,
    ).toBe(403)
    const reported = [...entries].find(([, e]) => e.points < 0)![0]
    expect(
      (await call('POST', `/entries/${reported}/approve`, { token: villageLeader.token })).status,
    ).toBe(403)
    expect(
      (await call('POST', `/entries/${reported}/approve`, { token: linkLeaders[0]!.token })).status,
    ).toBe(403)
  })

  it('answers the same entry sent 10 times at once with one Idempotency-Key with one entry and identical bodies', async () => {
    const body = {
      householdId: households[0]!.id,
      indicatorCode: 'FZ-01',
      occurredOn: '2026-11-03',
      photoKeys: [await uploadPhoto(linkLeaders[0]!.token)],
    }

    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', '/entries', {
          token: linkLeaders[0]!.token,
          body,
          headers: { 'Idempotency-Key': 'one-visit' },
        }),
      ),
    )
    const { items } = await ok(
      200,
      'GET',
      `/entries?householdId=${households[0]!.id}&month=2026-11`,
      { token: linkLeaders[0]!.token },
    )

    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(new Set(responses.map((r) => r.text)).size).toBe(1)
    expect(items).toHaveLength(1)
  })

  it('reviews: three rejected, the rest approved', async () => {
    const ids = [...entries.keys()]
    for (const [i, id] of ids.entries()) {
      const reject = i % 20 === 7
      await ok(200, 'POST', `/entries/${id}/${reject ? 'reject' : 'approve'}`, {
        token: reviewer.token,
        ...(reject && { body: { reason: '照片与活动不符' } }),
      })
      entries.get(id)!.counts = !reject
    }
    expect([...entries.values()].filter((e) => !e.counts)).toHaveLength(3)
  }, 120_000)

  /** SPEC §4 worked out independently: S, unit totals and averages, leaders' 50/50 blend, rounding half away from zero. */
  function expectedBeans(): Map<string, number> {
    const score = new Map(households.map((h) => [h.id, 0]))
    for (const e of entries.values())
      if (e.counts) score.set(e.householdId, score.get(e.householdId)! + e.points)
    const unit = (members: string[]) => ({
      total: members.reduce((s, h) => s + score.get(h)!, 0),
      n: members.length,
    })
    const led = new Map<string, { total: number; n: number }>()
    for (const grid of grids) {
      for (const group of grid.groups) led.set(group.households[0]!, unit(group.households))
      led.set(grid.groups[0]!.households[1]!, unit(grid.groups.flatMap((g) => g.households)))
    }
    led.set(grids[0]!.groups[0]!.households[2]!, unit(households.map((h) => h.id)))
    const roundHalfAway = (num: number, den: number) =>
      Math.sign(num) * Math.floor((2 * Math.abs(num) + den) / (2 * den))
    return new Map(
      households.map((h) => {
        const s = score.get(h.id)!
        const u = led.get(h.id)
        return [h.id, u ? roundHalfAway(s * u.n + u.total, 2 * u.n) : s]
      }),
    )
  }

  it('publishes the month with every household’s beans as SPEC §4 gives them', async () => {
    const month = await ok(200, 'POST', `/villages/${villageId}/months/${MONTH}/publish`, {
      token: reviewer.token,
    })
    const published = new Map(
      month.households.map((h: { householdId: string; beans: number }) => [h.householdId, h.beans]),
    )

    expect(month.status).toBe('published')
    expect(published).toEqual(expectedBeans())
    expect(month.households[0].headName).toMatch(/^户\*+号$/)
  })

  it('upholds one objection (voiding an entry) and dismisses another', async () => {
    const own = grids[0]!.groups[1]!.households[2]!
    const target = [...entries].find(
      ([, e]) => e.counts && e.householdId === households[12]!.id,
    )![0]
    const upheld = await ok(201, 'POST', `/villages/${villageId}/months/${MONTH}/objections`, {
      token: villager.token,
      body: { householdId: own, entryId: target, reason: '这户当天不在村里' },
    })
    const dismissed = await ok(201, 'POST', `/villages/${villageId}/months/${MONTH}/objections`, {
      token: villager.token,
      body: { householdId: own, reason: '我家分数偏低' },
    })

    await ok(200, 'POST', `/objections/${upheld.id}/resolve`, {
      token: reviewer.token,
      body: { decision: 'upheld', voidEntryIds: [target], note: '核实属实' },
    })
    await ok(200, 'POST', `/objections/${dismissed.id}/resolve`, {
      token: reviewer.token,
      body: { decision: 'dismissed', note: '核实无误' },
    })
    entries.get(target)!.counts = false
    const month = await ok(200, 'GET', `/villages/${villageId}/months/${MONTH}`, {
      token: villager.token,
    })

    expect(
      new Map(
        month.households.map((h: { householdId: string; beans: number }) => [
          h.householdId,
          h.beans,
        ]),
      ),
    ).toEqual(expectedBeans())
  })

  it('finalises after the window: every balance equals the SPEC’s figure, credited once', async () => {
    const early = await call('POST', `/villages/${villageId}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })
    await ok(200, 'POST', '/dev/clock', { token: admin, body: { offsetMs: 8 * 86_400_000 } })

    const first = await ok(200, 'POST', `/villages/${villageId}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })
    const second = await ok(200, 'POST', `/villages/${villageId}/months/${MONTH}/finalize`, {
      token: reviewer.token,
    })
    const expected = expectedBeans()
    const balances = new Map<string, number>()
    for (const h of households)
      balances.set(
        h.id,
        (await ok(200, 'GET', `/households/${h.id}/ledger`, { token: admin })).balance,
      )

    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_READY'])
    expect(first).toEqual({
      status: 'final',
      credited: [...expected.values()].filter((b) => b !== 0).length,
    })
    expect(second).toEqual({ status: 'final', credited: 0 })
    expect(balances).toEqual(expected)
  }, 60_000)
})
