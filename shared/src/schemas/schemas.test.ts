import { describe, expect, it } from '@jest/globals'
import { IndicatorInputSchema, IndicatorPatchSchema } from './catalogue'
import { isValidIdNumber } from './common'
import { DEFAULT_TOWN_CONFIG, TownConfigSchema } from './config'
import { BatchEntryInputSchema, EntryInputSchema, MAX_BATCH_HOUSEHOLDS } from './entries'
import { PersonInputSchema, RoleAssignmentSchema } from './org'
import { ROSTER_FILE_MAX_BYTES, RosterImportInputSchema } from './roster'

/** The first issue's path and message, as the API will report it. */
const firstIssue = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => {
  expect(result.success).toBe(false)
  return result.error!.issues[0]!
}

describe('EntryInputSchema', () => {
  const valid = { householdId: 'h1', indicatorCode: 'DZ-01', occurredOn: '2024-05-31' }

  it('defaults the quantity to 1', () => {
    expect(EntryInputSchema.parse(valid)).toEqual({ ...valid, quantity: 1 })
  })

  it.each([
    ['occurredOn', { occurredOn: '2024-02-30' }],
    ['quantity', { quantity: 0 }],
    ['quantity', { quantity: 1.5 }],
    ['indicatorCode', { indicatorCode: 'volunteer' }],
    ['householdId', { householdId: '' }],
  ])('names the field %s when it is wrong', (field, change) => {
    const issue = firstIssue(EntryInputSchema.safeParse({ ...valid, ...change }))

    expect(issue.path).toEqual([field])
  })

  it('explains a wrong field in Chinese and English', () => {
    const issue = firstIssue(EntryInputSchema.safeParse({ ...valid, occurredOn: '2024-13-01' }))

    expect(issue.message).toBe('日期格式应为 YYYY-MM-DD / date must be a real date YYYY-MM-DD')
  })
})

describe('BatchEntryInputSchema', () => {
  const batch = (householdIds: string[]) => ({
    householdIds,
    indicatorCode: 'DZ-01',
    occurredOn: '2024-05-01',
  })

  it('refuses a household named twice', () => {
    expect(firstIssue(BatchEntryInputSchema.safeParse(batch(['a', 'b', 'a']))).path).toEqual([
      'householdIds',
    ])
  })

  it('keeps a batch within one transaction', () => {
    const ids = Array.from({ length: MAX_BATCH_HOUSEHOLDS + 1 }, (_, i) => `h${i}`)

    expect(BatchEntryInputSchema.safeParse(batch(ids)).success).toBe(false)
    expect(BatchEntryInputSchema.safeParse(batch(ids.slice(1))).success).toBe(true)
  })
})

describe('indicator schemas', () => {
  const indicator = {
    code: 'ZZ-99',
    name: '测试',
    dimension: 'autonomy',
    points: 1,
    monthlyCap: null,
    evidence: 'none',
    selfReport: false,
  }

  it('makes a new indicator active by default', () => {
    expect(IndicatorInputSchema.parse(indicator).active).toBe(true)
  })

  it.each([
    ['points', { points: 0 }],
    ['points', { points: 2.5 }],
    ['monthlyCap', { monthlyCap: 0 }],
    ['dimension', { dimension: 'wealth' }],
  ])('refuses a bad %s', (field, change) => {
    expect(firstIssue(IndicatorInputSchema.safeParse({ ...indicator, ...change })).path).toEqual([
      field,
    ])
  })

  it('never lets a patch change the code', () => {
    expect(IndicatorPatchSchema.parse({ code: 'XX-01', points: 3 })).toEqual({ points: 3 })
  })
})

describe('people', () => {
  it('accepts a valid resident ID number and catches one mistyped digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231003X')).toBe(false)
  })

  it('normalises a lower-case check letter', () => {
    expect(PersonInputSchema.parse({ name: '张三', idNumber: '11010519491231002x' }).idNumber).toBe(
      '11010519491231002X',
    )
  })

  it('refuses a phone that is not a mobile number', () => {
    expect(firstIssue(PersonInputSchema.safeParse({ name: '张三', phone: '12345' })).path).toEqual([
      'phone',
    ])
  })

  it('knows only the roles of SPEC §2', () => {
    expect(
      RoleAssignmentSchema.safeParse({ personId: 'p', role: 'mayor', scopeId: 't' }).success,
    ).toBe(false)
    expect(
      RoleAssignmentSchema.safeParse({ personId: 'p', role: 'linkLeader', scopeId: 'g' }).success,
    ).toBe(true)
  })
})

describe('TownConfigSchema', () => {
  it('accepts the defaults', () => {
    expect(TownConfigSchema.parse(DEFAULT_TOWN_CONFIG)).toEqual(DEFAULT_TOWN_CONFIG)
  })

  it.each([0, -1, 1.234])('refuses beansPerPoint %p', (beansPerPoint) => {
    expect(
      firstIssue(TownConfigSchema.safeParse({ ...DEFAULT_TOWN_CONFIG, beansPerPoint })).path,
    ).toEqual(['beansPerPoint'])
  })
})

describe('RosterImportInputSchema', () => {
  const upload = (bytes: number) => ({
    fileName: '花名册.xlsx',
    // Zero bytes in base64: AAAA per three, then the padded tail of one or two.
    contentBase64: 'AAAA'.repeat(Math.floor(bytes / 3)) + ['', 'AA==', 'AAA='][bytes % 3],
  })

  it('takes a file of 4 MB, counted in bytes, padding and all, and not one byte more', () => {
    for (const bytes of [ROSTER_FILE_MAX_BYTES - 1, ROSTER_FILE_MAX_BYTES])
      expect(RosterImportInputSchema.safeParse(upload(bytes)).success).toBe(true)
    const over = RosterImportInputSchema.safeParse(upload(ROSTER_FILE_MAX_BYTES + 1))
    expect(over.success).toBe(false)
    expect(over.error!.issues[0]!.message).toBe('文件超过 4 MB / the file is over 4 MB')
  })
})
