import { describe, expect, it } from '@jest/globals'
import { call } from './api'
import { newTown, nextPhone, ok, person } from './fixtures'

describe('sign-in', () => {
  it('gives a new town one town administrator', async () => {
    const town = await newTown()

    const me = await ok(200, 'GET', '/v1/me', { token: town.adminToken })

    expect(me).toMatchObject({
      townId: town.townId,
      householdId: null,
      roles: [{ role: 'townAdmin', scopeId: town.townId }],
    })
  })

  it('signs a person in by phone on the local stage, and makes household members villagers', async () => {
    const town = await newTown()
    const village = await ok(201, 'POST', '/v1/villages', {
      token: town.adminToken,
      body: { name: '村' },
    })
    const grid = await ok(201, 'POST', `/v1/villages/${village.id}/grids`, {
      token: town.adminToken,
      body: { name: '网格' },
    })
    const group = await ok(201, 'POST', `/v1/grids/${grid.id}/groups`, {
      token: town.adminToken,
      body: { name: '组' },
    })
    const household = await ok(201, 'POST', `/v1/groups/${group.id}/households`, {
      token: town.adminToken,
      body: { headName: '张三' },
    })
    const member = await person(town, { householdId: household.id, name: '张三' })

    const me = await ok(200, 'GET', '/v1/me', { token: member.token })

    expect(me).toEqual({
      id: member.id,
      name: '张三',
      townId: town.townId,
      householdId: household.id,
      roles: [{ role: 'villager', scopeId: household.id }],
    })
  })

  it('asks which town when a phone is on two towns’ rosters', async () => {
    const [a, b] = [await newTown(), await newTown()]
    const phone = nextPhone()
    await ok(201, 'POST', '/v1/people', { token: a.adminToken, body: { name: '甲', phone } })
    await ok(201, 'POST', '/v1/people', { token: b.adminToken, body: { name: '乙', phone } })

    const ambiguous = await call('POST', '/v1/auth/dev', { body: { phone } })
    const chosen = await ok(200, 'POST', '/v1/auth/dev', { body: { phone, townId: b.townId } })

    expect(ambiguous.status).toBe(400)
    expect(ambiguous.body.error.details[0].path).toBe('townId')
    expect(chosen.user.name).toBe('乙')
  })

  it('answers 404 for a phone on no roster', async () => {
    expect((await call('POST', '/v1/auth/dev', { body: { phone: '13012345678' } })).status).toBe(
      404,
    )
  })

  it('refuses an expired or tampered token', async () => {
    const town = await newTown()
    const [header, payload] = town.adminToken.split('.')
    const forged = Buffer.from(
      JSON.stringify({ town: town.townId, sub: 'someone', exp: 9e9 }),
    ).toString('base64url')

    expect(
      (
        await call('GET', '/v1/me', {
          token: `${header}.${forged}.${town.adminToken.split('.')[2]}`,
        })
      ).status,
    ).toBe(401)
    expect((await call('GET', '/v1/me', { token: `${header}.${payload}.AAAA` })).status).toBe(401)
  })
})

describe('WeChat sign-in with a bind code', () => {
  async function personWithCode() {
    const town = await newTown()
    const someone = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '李四' },
    })
    const { bindCode, expiresAt } = await ok(201, 'POST', `/v1/people/${someone.id}/bind-code`, {
      token: town.adminToken,
    })
    return {
      town,
      personId: someone.id as string,
      bindCode: bindCode as string,
      expiresAt: expiresAt as string,
    }
  }

  it('refuses an unbound account without a bind code: 403 NOT_BOUND', async () => {
    const response = await call('POST', '/v1/auth/wechat', {
      body: { code: `fresh-${Math.random()}` },
    })

    expect(response.status).toBe(403)
    expect(response.body.error.code).toBe('NOT_BOUND')
  })

  it('binds once with the code, then signs in with the wx.login code alone', async () => {
    const { personId, bindCode, expiresAt } = await personWithCode()
    const code = `wx-${Math.random()}`

    const first = await ok(200, 'POST', '/v1/auth/wechat', {
      body: { code, bindCode: bindCode.toLowerCase() },
    })
    const again = await ok(200, 'POST', '/v1/auth/wechat', { body: { code } })

    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now())
    expect(first.user.id).toBe(personId)
    expect(again.user.id).toBe(personId)
    expect(JSON.stringify(first)).not.toMatch(/session_key/i)
  })

  it('spends a bind code: a second account cannot use it', async () => {
    const { bindCode } = await personWithCode()
    await ok(200, 'POST', '/v1/auth/wechat', { body: { code: `wx-${Math.random()}`, bindCode } })

    const reuse = await call('POST', '/v1/auth/wechat', {
      body: { code: `wx-${Math.random()}`, bindCode },
    })

    expect(reuse.status).toBe(409)
    expect(reuse.body.error.code).toBe('CODE_USED')
  })

  it('a new bind code for the same person revokes the earlier one not yet used', async () => {
    const { town, personId, bindCode: lost } = await personWithCode()
    const { bindCode: again } = await ok(201, 'POST', `/v1/people/${personId}/bind-code`, {
      token: town.adminToken,
    })

    const revoked = await call('POST', '/v1/auth/wechat', {
      body: { code: `wx-${Math.random()}`, bindCode: lost },
    })
    const bound = await ok(200, 'POST', '/v1/auth/wechat', {
      body: { code: `wx-${Math.random()}`, bindCode: again },
    })

    expect(revoked.status).toBe(400)
    expect(revoked.body.error.code).toBe('CODE_INVALID')
    expect(bound.user.id).toBe(personId)
  })

  it('refuses an unknown bind code: 400 CODE_INVALID', async () => {
    const response = await call('POST', '/v1/auth/wechat', {
      body: { code: `wx-${Math.random()}`, bindCode: 'ZZZZZZZZ' },
    })

    expect(response.body.error.code).toBe('CODE_INVALID')
    expect(response.status).toBe(400)
  })
})
