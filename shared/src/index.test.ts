import { describe, expect, it } from '@jest/globals'
import * as shared from './index'

describe('@jifenbao/shared', () => {
  it.each([
    'monthlyScores',
    'quarterTiers',
    'splitAward',
    'yearHonours',
    'maskName',
    'maskPhone',
    'maskIdNumber',
    'monthOf',
    'quarterOf',
  ])('exports the rule %s from its root', (name) => {
    expect(typeof (shared as Record<string, unknown>)[name]).toBe('function')
  })

  it('exports the starter catalogue from its root', () => {
    expect(shared.STARTER_CATALOGUE.length).toBeGreaterThanOrEqual(30)
  })
})
