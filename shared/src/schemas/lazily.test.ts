import { describe, expect, it } from '@jest/globals'
import * as z from 'zod'
import { lazily } from './lazily'

describe('lazily', () => {
  it('builds a schema on its first use only, then behaves as the schema itself', () => {
    let builds = 0
    const Name = lazily(() => {
      builds++
      return z.string().trim().min(1, '请填写名称')
    })
    const Person = lazily(() => z.object({ name: Name }))
    expect(builds).toBe(0)

    const WithAge = Person.extend({ age: z.int().optional() })
    expect(WithAge.parse({ name: ' 陈桂兰 ', age: 70 })).toEqual({ name: '陈桂兰', age: 70 })
    expect(Person.safeParse({ name: ' ' }).error?.issues[0]?.message).toBe('请填写名称')
    expect(Name).toBeInstanceOf(z.ZodString)
    expect(Object.keys(Person.shape)).toEqual(['name'])
    expect(z.toJSONSchema(Person)).toMatchObject({
      properties: { name: { type: 'string', minLength: 1 } },
      required: ['name'],
    })
    expect(builds).toBe(1)
  })
})
