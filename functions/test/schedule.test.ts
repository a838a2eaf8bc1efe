import { describe, expect, it } from '@jest/globals'
import { DEFAULT_TOWN_CONFIG } from '@jifenbao/shared'
import { localJobs } from '../src/adapters/queue'
import { handler } from '../src/handlers/finalize-due-months'
import { ok, orgTown, publishedMonth } from './fixtures'

describe('the daily finalisation', () => {
  it('finalises a published month whose objection window has closed, and leaves one still open', async () => {
    const [due, waiting] = [await orgTown(), await orgTown()]
    await ok(200, 'PUT', '/v1/config', {
      token: due.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    await publishedMonth(due, '2026-10', { [due.H1]: 1 })
    // Its town's clock is moved on, but the job goes by the server's own: 7 days are not over.
    await publishedMonth(waiting, '2026-10', { [waiting.H1]: 1 })

    const { queued } = await handler()
    await localJobs().drained()
    const monthOf = (town: typeof due) =>
      ok(200, 'GET', `/v1/villages/${town.V1}/months/2026-10`, { token: town.adminToken })
    const { balance } = await ok(200, 'GET', `/v1/households/${due.H1}/ledger`, {
      token: due.adminToken,
    })

    expect(queued).toBeGreaterThanOrEqual(1)
    expect((await monthOf(due)).status).toBe('final')
    expect((await monthOf(waiting)).status).toBe('published')
    expect(balance).toBe(3)
  })
})
