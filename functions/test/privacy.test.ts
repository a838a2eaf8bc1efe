import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda'
import { routes } from '@jifenbao/shared'
import { http } from '../src/lib/edge/http'
import { log } from '../src/lib/ground/log'
import { call } from './api'
import { ok, orgTown, person } from './fixtures'

const PHONE = '13987654321'
const ID_NUMBER = '11010519491231002X'

/** Every log line and response of a whole roster flow, searched for a personal number in the clear. */
describe('personal numbers', () => {
  const lines: string[] = []
  let spy: { mockRestore(): void }

  beforeAll(() => {
    log.setLogLevel('DEBUG')
    const capture = (chunk: unknown) => (lines.push(String(chunk)), true)
    spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(capture as typeof process.stdout.write)
    jest.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write)
  })
  afterAll(() => {
    spy.mockRestore()
    jest.restoreAllMocks()
    log.setLogLevel('SILENT')
  })

  it('never appear unmasked in a response or a log line', async () => {
    const town = await orgTown()
    const responses: unknown[] = []
    const created = await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '刘德明', phone: PHONE, idNumber: ID_NUMBER, householdId: town.H1 },
    })
    const signedIn = await ok(200, 'POST', '/v1/auth/dev', {
      body: { phone: PHONE, townId: town.townId },
    })
    responses.push(created, signedIn)
    responses.push(await ok(200, 'GET', `/v1/households/${town.H1}`, { token: signedIn.token }))
    responses.push(await ok(200, 'GET', '/v1/me', { token: signedIn.token }))
    responses.push(
      await ok(200, 'GET', `/v1/audit?targetId=${created.id}`, { token: town.adminToken }),
    )
    responses.push(
      (
        await call('POST', '/v1/people', {
          token: town.adminToken,
          body: { name: '重复', phone: PHONE },
        })
      ).body,
    )
    responses.push((await call('POST', '/v1/auth/dev', { body: { phone: '13900000000' } })).body)
    await person(town, { householdId: town.H2 })

    const everything = JSON.stringify(responses) + lines.join('\n')

    expect(lines.length).toBeGreaterThan(5)
    expect(everything).toContain('139****4321')
    expect(everything).not.toContain(PHONE)
    expect(everything).not.toContain(ID_NUMBER)
    expect(everything).not.toMatch(/1[3-9]\d{9}/)
  })

  it('are blanked from an unexpected error’s log line, and the caller sees only a request id', async () => {
    const failing = http(routes.health, async () => {
      throw new Error(`lookup failed for ${PHONE}`)
    })

    const result = await failing(
      { headers: {} } as unknown as APIGatewayProxyEventV2,
      { awsRequestId: 'req-42' } as Context,
    )

    expect(result.statusCode).toBe(500)
    expect(JSON.parse(result.body!)).toEqual({
      error: { code: 'INTERNAL', message: expect.stringContaining(' / '), requestId: 'req-42' },
    })
    expect(lines.join('\n')).toContain('req-42')
    expect(lines.join('\n')).not.toContain(PHONE)
  })
})
