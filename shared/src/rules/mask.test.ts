import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { maskIdNumber, maskName, maskPhone } from './mask'

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张建华', '张*华'],
    ['欧阳春华', '欧**华'],
    ['买买提·艾力', '买****力'],
    [' 李四 ', '李*'],
    ['王', '*'],
    ['', ''],
  ])('masks %p as %p', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })

  it('counts a character outside the basic plane as one character', () => {
    expect(maskName('𠀋小明')).toBe('𠀋*明')
  })
})

describe('maskPhone', () => {
  it.each([
    ['13800000000', '138****0000'],
    ['138 0013 8000', '138****8000'],
    ['0543-4661234', '054****1234'],
    ['84661234', '****1234'],
    ['4661234', '*******'],
    ['123', '***'],
  ])('masks %p as %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })
})

describe('maskIdNumber', () => {
  it.each([
    ['370102199001011234', '3701**********1234'],
    ['37010219900101123X', '3701**********123X'],
    ['370102900101123', '3701*******1123'],
    ['12345678', '****5678'],
  ])('masks %p as %p', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked)
  })
})

describe('masking properties', () => {
  /** The characters a mask lets through, in order, must be a prefix + suffix of the value within the budget. */
  const revealsAtMost = (value: string, masked: string, head: number, tail: number) => {
    const chars = Array.from(value)
    const out = Array.from(masked)
    expect(out).toHaveLength(chars.length)
    const shown = out.map((c, i) => (c === '*' ? null : i))
    for (const i of shown) if (i !== null) expect(i < head || i >= chars.length - tail).toBe(true)
    out.forEach((c, i) => c !== '*' && expect(c).toBe(chars[i]))
  }

  it('a phone mask shows at most its first 3 and last 4 digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 }), (phone) => {
        revealsAtMost(phone, maskPhone(phone), 3, 4)
        expect(maskPhone(phone).replace(/\*/g, '').length).toBeLessThanOrEqual(
          Math.min(7, Math.max(0, phone.length - 4)),
        )
      }),
    )
  })

  it('an ID mask shows at most its first 4 and last 4 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789X'), maxLength: 24 }), (id) => {
        revealsAtMost(id, maskIdNumber(id), 4, 4)
        expect(maskIdNumber(id).replace(/\*/g, '').length).toBeLessThanOrEqual(
          Math.min(8, Math.max(0, id.length - 4)),
        )
      }),
    )
  })

  it('a name mask hides every character but the first and the last, and hides something always', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'张王李赵欧阳春华明'), minLength: 1, maxLength: 8 }),
        (name) => {
          revealsAtMost(name, maskName(name), 1, name.length >= 3 ? 1 : 0)
          expect(maskName(name)).toContain('*')
        },
      ),
    )
  })
})
