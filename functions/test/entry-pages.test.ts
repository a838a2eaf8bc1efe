import { beforeAll, describe, expect, it } from '@jest/globals'
import { ok, orgTown, person } from './fixtures'

const MONTH = '2026-10'

/**
 * A village-month with more entries than a page, from two submitters in three runs:
 * 60 by B, then 32 by A, then the newest 20 by B.
 */
describe('pages of a village-month’s entries', () => {
  let town: Awaited<ReturnType<typeof orgTown>>
  let a: Awaited<ReturnType<typeof person>>
  let b: Awaited<ReturnType<typeof person>>

  beforeAll(async () => {
    town = await orgTown()
    a = await person(town, { role: 'infoAdmin', scopeId: town.V1 })
    b = await person(town, { role: 'infoAdmin', scopeId: town.V1 })
    const batches = async (token: string, count: number) => {
      for (let i = 0; i < count; i++)
        await ok(201, 'POST', '/v1/entries/batch', {
          token,
          body: {
            householdIds: [town.H1, town.H2, town.H3, town.H4],
            indicatorCode: 'FZ-03',
            occurredOn: `${MONTH}-10`,
          },
        })
    }
    await batches(b.token, 15)
    await batches(a.token, 8)
    await batches(b.token, 5)
  }, 60_000)

  const pages = async (filter: string) => {
    const found: { id: string; submittedBy: string }[][] = []
    let cursor: string | null = null
    do {
      const page: { items: { id: string; submittedBy: string }[]; cursor: string | null } =
        await ok(
          200,
          'GET',
          `/v1/entries?villageId=${town.V1}&month=${MONTH}${filter}${cursor ? `&cursor=${cursor}` : ''}`,
          { token: town.adminToken },
        )
      found.push(page.items)
      cursor = page.cursor
    } while (cursor)
    return found
  }

  it('gives every entry once, 50 to a page', async () => {
    const found = await pages('')

    expect(found.map((p) => p.length)).toEqual([50, 50, 12])
    expect(new Set(found.flat().map((e) => e.id)).size).toBe(112)
  })

  it('fills a filtered page from further reads instead of returning it short', async () => {
    const byB = await pages(`&submittedBy=${b.id}`)

    expect(byB[0]).toHaveLength(50)
    expect(byB.flat().every((e) => e.submittedBy === b.id)).toBe(true)
    expect(new Set(byB.flat().map((e) => e.id)).size).toBe(80)
  })

  it('finds a submitter’s entries behind a page of someone else’s, in one answer', async () => {
    const byA = await pages(`&submittedBy=${a.id}`)

    expect(byA).toHaveLength(1)
    expect(byA[0]).toHaveLength(32)
    expect(byA[0]!.every((e) => e.submittedBy === a.id)).toBe(true)
  })
})
