import { describe, expect, it } from '@jest/globals'
import { routes } from '../src/contract'
import { ok } from './fixtures'

describe('GET /v1/openapi.json', () => {
  it('documents every route with its body schema, generated from zod', async () => {
    const doc = await ok(200, 'GET', '/v1/openapi.json')

    expect(doc.openapi).toMatch(/^3\./)
    for (const route of Object.values(routes))
      expect(doc.paths[route.path][route.method.toLowerCase()]).toBeDefined()
    const person = doc.paths['/v1/people'].post.requestBody.content['application/json'].schema

    expect(person.required).toEqual(['name'])
    expect(person.properties.phone.pattern).toBe('^1[3-9]\\d{9}$')
  })

  it('needs no token', async () => {
    expect((await ok(200, 'GET', '/v1/health')).ok).toBe(true)
  })
})
