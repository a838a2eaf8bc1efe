import { describe, expect, it } from '@jest/globals'
import { ReceiptSchema } from '@jifenbao/shared'
import {
  ApiError,
  loadSession,
  OfflineError,
  request,
  saveSession,
  sessionHasExpired,
} from '../src/api/client'
import { calls, navigations, stand } from './taro'
import { json, refusal } from './fixtures'

const receipt = { id: 'R1', total: 30, balanceAfter: 20, lines: [] }

describe('the API client', () => {
  it('sends a money-like write again with the same Idempotency-Key when the connection drops', async () => {
    stand.reset()
    let attempts = 0
    stand.answer(() => {
      if (++attempts < 3) throw new Error('request:fail timeout')
      return json(201, receipt)
    })
    await expect(
      request('POST', '/shops/S1/redemptions', ReceiptSchema, {
        body: {},
        idempotencyKey: 'k-1',
        backoffMs: 1,
      }),
    ).resolves.toEqual(receipt)
    expect(calls.map((c) => c.headers['idempotency-key'])).toEqual(['k-1', 'k-1', 'k-1'])
  })

  it('reads again after a dropped connection', async () => {
    stand.reset()
    let attempts = 0
    stand.answer(() => {
      if (++attempts < 2) throw new Error('request:fail')
      return json(200, receipt)
    })
    await expect(request('GET', '/x', ReceiptSchema, { backoffMs: 1 })).resolves.toEqual(receipt)
    expect(calls).toHaveLength(2)
  })

  it('never resends a write that carries no key, and says the network is at fault', async () => {
    stand.reset()
    stand.answer(() => {
      throw new Error('request:fail')
    })
    await expect(request('POST', '/entries', ReceiptSchema, { body: {} })).rejects.toBeInstanceOf(
      OfflineError,
    )
    expect(calls).toHaveLength(1)
  })

  it('shows the Chinese half of a refusal, with its code', async () => {
    stand.reset()
    stand.answer(() => refusal(409, 'INSUFFICIENT_BEANS', '山药豆不足 / not enough beans'))
    const err = await request('GET', '/x', ReceiptSchema).catch((e: ApiError) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ status: 409, code: 'INSUFFICIENT_BEANS', message: '山药豆不足' })
  })

  it('refuses an answer that does not have the promised shape', async () => {
    stand.reset()
    stand.answer(() => json(200, { id: 'R1' }))
    await expect(request('GET', '/x', ReceiptSchema)).rejects.toThrow()
  })

  it('sends a person whose session ran out to sign in, and says so until they sign in again', async () => {
    stand.reset()
    const session = {
      token: 'old',
      user: { id: 'P1', name: '陈桂兰', townId: 'T1', householdId: 'H1', roles: [] },
    }
    saveSession(session)
    stand.answer(() => refusal(401, 'UNAUTHENTICATED', '登录已失效 / session expired'))
    await Promise.all(
      ['/me/units', '/households/H1'].map((path) =>
        request('GET', path, ReceiptSchema).catch(() => undefined),
      ),
    )
    expect(loadSession()).toBeNull()
    expect(navigations).toEqual(['/pages/login/index'])
    // The sign-in page may be opened more than once (the home sends there too): it says why each time.
    expect(sessionHasExpired()).toBe(true)
    expect(sessionHasExpired()).toBe(true)

    saveSession({ ...session, token: 'new' })
    expect(sessionHasExpired()).toBe(false)
  })
})
