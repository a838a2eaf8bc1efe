import { describe, expect, it } from '@jest/globals'
import { s3Photos, uploadConditions } from '../src/adapters/photos'
import { call } from './api'
import { newTown, ok } from './fixtures'

/** Local S3 does not check signatures, so the policy itself is what is tested here. */
describe('photo uploads', () => {
  it('limits a policy to its key, its type and at most 5 MB', () => {
    expect(uploadConditions('t1/photos/a.jpg', 'image/jpeg', 9_000_000)).toEqual([
      ['eq', '$key', 't1/photos/a.jpg'],
      ['eq', '$Content-Type', 'image/jpeg'],
      ['content-length-range', 1, 5 * 1024 * 1024],
    ])
  })

  it('signs a policy that expires within 10 minutes and carries those conditions', async () => {
    const before = Date.now()
    const { fields } = await s3Photos.presignUpload('t1/photos/a.png', 'image/png', 1000)
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8'))

    expect(new Date(policy.expiration).getTime() - before).toBeLessThanOrEqual(600_000 + 1000)
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['eq', '$Content-Type', 'image/png'],
        ['content-length-range', 1, 1000],
        { key: 't1/photos/a.png' },
      ]),
    )
    expect(fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hands out keys under the caller’s town only', async () => {
    const town = await newTown()

    const upload = await ok(201, 'POST', '/v1/uploads', {
      token: town.adminToken,
      body: { contentType: 'image/webp', size: 1000 },
    })

    expect(upload.key).toMatch(new RegExp(`^${town.townId}/photos/.+\\.webp$`))
    expect(new Date(upload.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(600_000)
  })

  it.each([
    [{ contentType: 'application/pdf', size: 1000 }, 'contentType'],
    [{ contentType: 'image/jpeg', size: 6 * 1024 * 1024 }, 'size'],
  ])('refuses %p', async (body, field) => {
    const town = await newTown()

    const response = await call('POST', '/v1/uploads', { token: town.adminToken, body })

    expect([response.status, response.body.error.details[0].path]).toEqual([400, field])
  })
})
