import { describe, expect, it } from '@jest/globals'
import * as z from 'zod'
import { bilingualIssue } from './common'

const messageOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input, { error: bilingualIssue }).error!.issues[0]!.message

describe('bilingualIssue', () => {
  it.each([
    [z.object({ name: z.string() }), {}, '缺少此项 / this field is required'],
    [z.string(), 3, '类型不对 / expected string'],
    [z.string().min(2), 'a', '不能小于 2 / must be at least 2 characters'],
    [z.number().max(5), 9, '不能大于 5 / must be at most 5'],
    [z.enum(['a', 'b']), 'c', '取值不在允许范围内 / must be one of a, b'],
  ])('explains %#', (schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message)
  })

  it('leaves a schema’s own message alone', () => {
    expect(messageOf(z.string().min(2, '自定义 / custom'), 'a')).toBe('自定义 / custom')
  })
})
