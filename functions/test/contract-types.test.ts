import { describe, expect, it } from '@jest/globals'
import { monthRoutes, systemRoutes } from '@jifenbao/shared'
import { http } from '../src/lib/edge/http'

/**
 * The compiler holds each handler to its route: `npm run typecheck` fails if any of these
 * `@ts-expect-error` lines stops being an error.
 */
describe('handlers typed by the contract', () => {
  it('refuses an answer outside the route’s success schema', () => {
    // @ts-expect-error health answers { ok: true }, not a string
    const wrongAnswer = http(systemRoutes.health, async () => 'up')
    expect(typeof wrongAnswer).toBe('function')
  })

  it('types the path’s parameters, and only those', () => {
    const handler = http(monthRoutes.getMonth, async ({ params }) => {
      const month: string = params.month
      // @ts-expect-error getMonth's path has no householdId
      void params.householdId
      throw new Error(month)
    })
    expect(typeof handler).toBe('function')
  })
})
