import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { call } from '../src/api/client'
import { calls, stand } from './taro'
import { json } from './fixtures'

const src = join(__dirname, '../src')
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(src, f), 'utf8') }))

describe('the client reads the contract', () => {
  beforeEach(() => stand.reset())

  it('writes no API path and no raw request outside the client', () => {
    const paths = sources.filter(({ text }) => /\/v1\//.test(text)).map(({ file }) => file)
    const raw = sources
      .filter(({ file, text }) => file !== join('api', 'client.ts') && /\brequest\(/.test(text))
      .map(({ file }) => file)

    expect(paths).toEqual([])
    expect(raw).toEqual([])
  })

  it('calls a route by name: its path filled and encoded, its query, its answer checked', async () => {
    stand.answer(() =>
      json(200, { items: [], cursor: null, complete: true, unexpected: 'dropped' }),
    )

    const answer = await call('quarterRankings', {
      params: { quarter: '2026-Q4' },
      query: { level: 'group' },
    })

    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /quarters/2026-Q4/rankings?level=group',
    ])
    expect(answer).toEqual({ items: [], cursor: null, complete: true })
  })

  it('refuses an answer that is not the route’s shape', async () => {
    stand.answer(() => json(200, { items: 'not a list' }))

    await expect(call('listVillages')).rejects.toThrow()
  })
})
