import { beforeAll, describe, expect, it } from '@jest/globals'
import { dateOf } from '@jifenbao/shared'
import { call } from './api'
import { ok, orgTown, person } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>

describe('organisation', () => {
  let town: Town
  beforeAll(async () => {
    town = await orgTown()
  })

  it('shows a village as grids → groups with household counts', async () => {
    const village = await ok(200, 'GET', `/v1/villages/${town.V2}`, { token: town.adminToken })

    expect(village).toEqual({
      id: town.V2,
      name: '西村',
      grids: [
        {
          id: town.M3,
          name: '网格',
          groups: expect.arrayContaining([
            { id: town.G4, name: '小组', households: 1 },
            { id: town.G5, name: '小组', households: 0 },
          ]),
        },
      ],
    })
  })

  it('lists to each leader only the households of their own group or grid', async () => {
    const link = await person(town, { role: 'linkLeader', scopeId: town.G1 })
    const grid = await person(town, { role: 'gridLeader', scopeId: town.M1 })
    const ids = async (token: string) =>
      (await ok(200, 'GET', `/v1/villages/${town.V1}/households`, { token })).items.map(
        (h: { id: string }) => h.id,
      )

    expect(await ids(link.token)).toEqual(expect.arrayContaining([town.H1, town.H2]))
    expect(await ids(link.token)).toHaveLength(2)
    expect(await ids(grid.token)).toHaveLength(3)
    expect(await ids(town.adminToken)).toHaveLength(4)
    expect((await call('GET', `/v1/villages/${town.V2}/households`, link)).status).toBe(403)
  })

  it('names the unit and village of each of a person’s roles', async () => {
    const leader = await person(town, {
      householdId: town.H3,
      role: 'linkLeader',
      scopeId: town.G1,
    })
    const { items } = await ok(200, 'GET', '/v1/me/units', leader)

    expect(items).toEqual([
      {
        role: 'villager',
        scopeId: town.H3,
        name: '王五户',
        villageId: town.V1,
        villageName: '东尉村',
      },
      {
        role: 'linkLeader',
        scopeId: town.G1,
        name: '小组',
        villageId: town.V1,
        villageName: '东尉村',
      },
    ])
  })

  it('makes a household once for a retried request with the same Idempotency-Key', async () => {
    const send = () =>
      call('POST', `/v1/groups/${town.G5}/households`, {
        token: town.adminToken,
        body: { headName: '刘长山' },
        headers: { 'Idempotency-Key': 'roster-1' },
      })
    const [first, again] = [await send(), await send()]
    const village = await ok(200, 'GET', `/v1/villages/${town.V2}`, { token: town.adminToken })
    const g5 = village.grids[0].groups.find((g: { id: string }) => g.id === town.G5)

    expect(again.body).toEqual(first.body)
    expect(g5.households).toBe(1)
  })

  it('moves a household and keeps the move in its audit history', async () => {
    const { id } = await ok(201, 'POST', `/v1/groups/${town.G1}/households`, {
      token: town.adminToken,
      body: { headName: '搬家户' },
    })

    await ok(200, 'POST', `/v1/households/${id}/move`, {
      token: town.adminToken,
      body: { groupId: town.G3 },
    })
    const household = await ok(200, 'GET', `/v1/households/${id}`, { token: town.adminToken })
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${id}`, { token: town.adminToken })

    expect(household).toMatchObject({ groupId: town.G3, gridId: town.M2, villageId: town.V1 })
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual([
      'household.move',
      'household.create',
    ])
    expect(audit.items[0]).toMatchObject({
      before: { groupId: town.G1 },
      after: { groupId: town.G3 },
      requestId: expect.any(String),
    })
  })

  it('stores phone and ID numbers but only ever shows them masked', async () => {
    const { id } = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: {
        name: '王小明',
        phone: '13912345678',
        idNumber: '11010519491231002X',
        householdId: town.H3,
        partyMember: true,
      },
    })

    const household = await ok(200, 'GET', `/v1/households/${town.H3}`, { token: town.adminToken })
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${id}`, { token: town.adminToken })

    expect(household.members).toContainEqual({
      id,
      name: '王小明',
      phone: '139****5678',
      partyMember: true,
    })
    expect(JSON.stringify([household, audit])).not.toMatch(/13912345678|11010519491231002X/)
  })

  it('shows the office a person with their numbers masked and the roles they hold', async () => {
    const { id } = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: {
        name: '赵小红',
        phone: '13912340001',
        idNumber: '11010519540101002X',
        householdId: town.H3,
      },
    })
    await ok(201, 'POST', '/v1/roles', {
      token: town.adminToken,
      body: { personId: id, role: 'linkLeader', scopeId: town.G1 },
    })

    const shown = await ok(200, 'GET', `/v1/people/${id}`, { token: town.adminToken })

    expect(shown).toEqual({
      id,
      name: '赵小红',
      phone: '139****0001',
      idNumber: '1101**********002X',
      partyMember: false,
      householdId: town.H3,
      active: true,
      roles: [{ role: 'linkLeader', scopeId: town.G1 }],
    })
    expect(JSON.stringify(shown)).not.toMatch(/13912340001|11010519540101002X/)
  })

  it('corrects a person, audited with masked numbers; a freed phone can be used again', async () => {
    const { id } = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '钱大', phone: '13912340011', householdId: town.H1 },
    })
    const taken = await call('PATCH', `/v1/people/${id}`, {
      token: town.adminToken,
      body: { phone: (await person(town)).phone },
    })
    const badId = await call('PATCH', `/v1/people/${id}`, {
      token: town.adminToken,
      body: { idNumber: '110105194912310021' },
    })

    const corrected = await ok(200, 'PATCH', `/v1/people/${id}`, {
      token: town.adminToken,
      body: {
        name: '钱大勇',
        phone: '13912340012',
        idNumber: '11010519620101002X',
        partyMember: true,
        householdId: town.H2,
      },
    })
    const again = await ok(200, 'PATCH', `/v1/people/${id}`, {
      token: town.adminToken,
      body: { phone: '13912340012' },
    })
    const reused = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '孙二', phone: '13912340011' },
    })
    const [h1, h2] = await Promise.all(
      [town.H1, town.H2].map((h) =>
        ok(200, 'GET', `/v1/households/${h}`, { token: town.adminToken }),
      ),
    )
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${id}&action=person.update`, {
      token: town.adminToken,
    })

    expect(taken.status).toBe(409)
    expect(taken.body.error.code).toBe('CONFLICT')
    expect(badId.status).toBe(400)
    expect(badId.body.error.details[0].path).toBe('idNumber')
    expect(corrected).toEqual({
      id,
      name: '钱大勇',
      phone: '139****0012',
      idNumber: '1101**********002X',
      partyMember: true,
      householdId: town.H2,
      active: true,
      roles: [],
    })
    expect(again).toEqual(corrected)
    expect(reused.id).toBeDefined()
    // An ID number is one person's in the town, as a phone is.
    const sameId = await call('POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '冒名', idNumber: '11010519620101002X' },
    })
    expect(sameId.status).toBe(409)
    expect(sameId.body.error.details).toEqual({ field: 'idNumber' })
    expect(h1.members.map((m: { id: string }) => m.id)).not.toContain(id)
    expect(h2.members.map((m: { id: string }) => m.id)).toContain(id)
    expect(audit.items).toHaveLength(2)
    expect(audit.items[1].before).toMatchObject({ name: '钱大', phoneMasked: '139****0011' })
    expect(audit.items[1].after).toMatchObject({ name: '钱大勇', phoneMasked: '139****0012' })
    expect(JSON.stringify(audit)).not.toMatch(/1391234001[12]|11010519620101002X/)
  })

  it('marks a person gone with the reason: their sessions end and no bind code is issued', async () => {
    const gone = await person(town, {
      householdId: town.H1,
      name: '周老汉',
      role: 'linkLeader',
      scopeId: town.G1,
    })
    const noReason = await call('PATCH', `/v1/people/${gone.id}`, {
      token: town.adminToken,
      body: { active: false },
    })
    const { bindCode } = await ok(201, 'POST', `/v1/people/${gone.id}/bind-code`, {
      token: town.adminToken,
    })

    const left = await ok(200, 'PATCH', `/v1/people/${gone.id}`, {
      token: town.adminToken,
      body: { active: false, leftReason: '去世' },
    })

    expect(noReason.status).toBe(400)
    expect(noReason.body.error.details[0].path).toBe('leftReason')
    expect(left).toMatchObject({ active: false, roles: [{ role: 'linkLeader', scopeId: town.G1 }] })
    expect((await call('GET', '/v1/me', { token: gone.token })).status).toBe(401)
    const again = await call('POST', `/v1/people/${gone.id}/bind-code`, { token: town.adminToken })
    expect(again.status).toBe(409)
    const late = await call('POST', '/v1/auth/wechat', {
      body: { code: `wx-${Math.random()}`, bindCode },
    })
    expect(late.body.error.code).toBe('CODE_INVALID')
  })

  it('splits a household: the people named move to a new one, the balance stays', async () => {
    const { id: from } = await ok(201, 'POST', `/v1/groups/${town.G1}/households`, {
      token: town.adminToken,
      body: { headName: '吴老大' },
    })
    const [elder, son, wife] = await Promise.all(
      ['吴老大', '吴小二', '李小英'].map((name) => person(town, { householdId: from, name })),
    )
    await ok(201, 'POST', `/v1/households/${from}/adjustments`, {
      token: town.adminToken,
      body: { amount: 30, reason: '开户' },
    })
    const stranger = await call('POST', `/v1/households/${from}/split`, {
      token: town.adminToken,
      body: {
        personIds: [son!.id, (await person(town, { householdId: town.H1 })).id],
        groupId: town.G2,
        headName: '吴小二',
      },
    })

    const { id } = await ok(201, 'POST', `/v1/households/${from}/split`, {
      token: town.adminToken,
      body: {
        personIds: [son!.id, wife!.id],
        groupId: town.G2,
        headName: '吴小二',
        address: '东头',
      },
    })
    const [before, after] = await Promise.all(
      [from, id].map((h) => ok(200, 'GET', `/v1/households/${h}`, { token: town.adminToken })),
    )
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${from}&action=household.split`, {
      token: town.adminToken,
    })

    expect(stranger.status).toBe(400)
    expect(stranger.body.error.details[0].path).toBe('personIds')
    expect(before.members.map((m: { id: string }) => m.id)).toEqual([elder!.id])
    expect(before.balance).toBe(30)
    expect(after).toMatchObject({
      headName: '吴小二',
      address: '东头',
      groupId: town.G2,
      balance: 0,
    })
    expect(after.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [son!.id, wife!.id].sort(),
    )
    expect(audit.items[0].after).toEqual({ to: id, personIds: [son!.id, wife!.id] })
  })

  it('refuses a phone already on the town roster: 409', async () => {
    await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '甲', phone: '13700000001' },
    })

    const again = await call('POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '乙', phone: '13700000001' },
    })

    expect(again.status).toBe(409)
  })

  it('answers bad input with 400 VALIDATION naming the field, in Chinese and English', async () => {
    const response = await call('POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '', phone: '12345' },
    })

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('VALIDATION')
    expect(response.body.error.message).toMatch(/.+ \/ .+/)
    expect(response.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '请填写名称 / name is required' },
        {
          path: 'phone',
          message: '手机号应为 11 位数字 / phone must be an 11-digit mobile number',
        },
      ]),
    )
  })

  it('answers a body that is not JSON with 400, not 500', async () => {
    const response = await call('POST', '/v1/villages', {
      token: town.adminToken,
      rawBody: '{"name": ',
    })

    expect(response.status).toBe(400)
    expect(response.body.error.details[0].path).toBe('body')
  })

  it('answers an unknown object with 404 and another town’s object with 404 too', async () => {
    const other = await orgTown()

    expect((await call('GET', '/v1/households/nope', { token: town.adminToken })).status).toBe(404)
    expect(
      (await call('GET', `/v1/households/${other.H1}`, { token: town.adminToken })).status,
    ).toBe(404)
  })

  it('lets the town admin assign and remove roles, audited', async () => {
    const someone = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '新组长' },
    })
    const grant = { personId: someone.id, role: 'linkLeader', scopeId: town.G2 }

    await ok(201, 'POST', '/v1/roles', { token: town.adminToken, body: grant })
    const twice = await call('POST', '/v1/roles', { token: town.adminToken, body: grant })
    await ok(200, 'DELETE', '/v1/roles', { token: town.adminToken, body: grant })
    const gone = await call('DELETE', '/v1/roles', { token: town.adminToken, body: grant })

    expect(twice.status).toBe(409)
    expect(gone.status).toBe(404)
  })

  it('narrows the audit trail by object, actor, action and day, the filters combined', async () => {
    const keeper = await person(town, { role: 'infoAdmin', scopeId: town.V1, name: '周晓燕' })
    const { id } = await ok(201, 'POST', '/v1/people', {
      token: keeper.token,
      body: { name: '审计人', householdId: town.H1 },
    })
    const grant = { personId: id, role: 'linkLeader', scopeId: town.G1 }
    await ok(201, 'POST', '/v1/roles', { token: town.adminToken, body: grant })
    const admin = await ok(200, 'GET', '/v1/me', { token: town.adminToken })
    const trail = async (query: string) =>
      (await ok(200, 'GET', `/v1/audit?${query}`, { token: town.adminToken })).items.map(
        (r: { actor: string; action: string; targetId: string }) => [r.actor, r.action, r.targetId],
      )
    const day = dateOf(new Date())

    expect(await trail(`targetId=${id}`)).toEqual([
      [admin.id, 'role.grant', id],
      [keeper.id, 'person.create', id],
    ])
    expect(await trail(`targetId=${id}&actor=${keeper.id}`)).toEqual([
      [keeper.id, 'person.create', id],
    ])
    expect(await trail(`targetId=${id}&action=role.grant&date=${day}`)).toEqual([
      [admin.id, 'role.grant', id],
    ])
    expect(await trail(`targetId=${id}&date=2020-01-01`)).toEqual([])
    expect(await trail(`actor=${keeper.id}&date=${day}`)).toEqual([
      [keeper.id, 'person.create', id],
    ])
    expect((await call('GET', '/v1/audit?actor=', { token: town.adminToken })).status).toBe(400)
  })
})

describe('catalogue', () => {
  let town: Town
  beforeAll(async () => {
    town = await orgTown()
  })

  it('starts every town with the starter catalogue', async () => {
    const { items } = await ok(200, 'GET', '/v1/indicators', { token: town.adminToken })

    expect(items.length).toBeGreaterThanOrEqual(30)
    expect(items).toContainEqual({
      code: 'DZ-01',
      name: '参加志愿服务',
      dimension: 'virtue',
      points: 2,
      monthlyCap: 4,
      evidence: 'photo',
      selfReport: true,
      active: true,
    })
  })

  it('creates, edits and retires an indicator', async () => {
    const indicator = {
      code: 'DZ-90',
      name: '义务植树',
      dimension: 'virtue',
      points: 2,
      monthlyCap: null,
      evidence: 'photo',
      selfReport: true,
    }

    await ok(201, 'POST', '/v1/indicators', { token: town.adminToken, body: indicator })
    const duplicate = await call('POST', '/v1/indicators', {
      token: town.adminToken,
      body: indicator,
    })
    const edited = await ok(200, 'PATCH', '/v1/indicators/DZ-90', {
      token: town.adminToken,
      body: { points: 3, active: false },
    })

    expect(duplicate.status).toBe(409)
    expect(edited).toEqual({ ...indicator, points: 3, active: false })
  })

  it('deletes an indicator nobody used, and refuses to delete one that entries name', async () => {
    await ok(200, 'DELETE', '/v1/indicators/ZZ-06', { token: town.adminToken })
    // Entries (issue 4) count their indicator's references; one is simulated here.
    const { db, table } = await import('../src/data/client')
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb')
    await db().send(
      new UpdateCommand({
        TableName: table(),
        Key: { PK: `TOWN#${town.townId}`, SK: 'IND#DZ-01' },
        UpdateExpression: 'SET refs = :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    )

    const referenced = await call('DELETE', '/v1/indicators/DZ-01', { token: town.adminToken })
    const { items } = await ok(200, 'GET', '/v1/indicators', { token: town.adminToken })

    expect(referenced.status).toBe(409)
    expect(items.map((i: { code: string }) => i.code)).toContain('DZ-01')
    expect(items.map((i: { code: string }) => i.code)).not.toContain('ZZ-06')
  })

  it('refuses a zero-point indicator with the field named', async () => {
    const response = await call('POST', '/v1/indicators', {
      token: town.adminToken,
      body: {
        code: 'DZ-91',
        name: '无',
        dimension: 'virtue',
        points: 0,
        monthlyCap: null,
        evidence: 'none',
        selfReport: false,
      },
    })

    expect(response.status).toBe(400)
    expect(response.body.error.details[0].path).toBe('points')
  })
})

describe('town configuration', () => {
  it('reads the defaults and replaces them, audited', async () => {
    const town = await orgTown()
    const config = await ok(200, 'GET', '/v1/config', { token: town.adminToken })

    const changed = { ...config, beansPerPoint: 1.5, objectionDays: 0 }
    await ok(200, 'PUT', '/v1/config', { token: town.adminToken, body: changed })
    const audit = await ok(200, 'GET', `/v1/audit?targetId=${town.townId}`, {
      token: town.adminToken,
    })

    expect(config).toMatchObject({
      beansPerPoint: 1,
      objectionDays: 7,
      rankScope: 'town',
      rankBy: 'total',
      honoursTopPercent: 10,
    })
    expect(await ok(200, 'GET', '/v1/config', { token: town.adminToken })).toEqual(changed)
    expect(audit.items[0]).toMatchObject({
      action: 'config.update',
      before: { beansPerPoint: 1 },
      after: { beansPerPoint: 1.5 },
    })
  })
})
