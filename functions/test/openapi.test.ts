import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { routes, XLSX, type RouteSpec } from '@jifenbao/shared'
import { ok } from './fixtures'

const redocly = join(__dirname, '../../node_modules/@redocly/cli/bin/cli.js')

/** Redocly's verdict on a document, with its recommended rules as they are. */
function lint(doc: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json')
  writeFileSync(file, JSON.stringify(doc))
  const run = spawnSync(
    process.execPath,
    [redocly, 'lint', file, '--extends=recommended', '--format=json'],
    { encoding: 'utf8' },
  )
  return JSON.parse(run.stdout) as {
    totals: { errors: number; warnings: number }
    problems: { ruleId: string; message: string }[]
  }
}

type Operation = {
  security: unknown[]
  tags: string[]
  responses: Record<string, { content?: Record<string, { schema: object }>; $ref?: string }>
}

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

  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const { totals, problems } = lint(await ok(200, 'GET', '/v1/openapi.json'))

    expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([])
    expect(totals).toMatchObject({ errors: 0, warnings: 0 })
  })

  it('gives every operation a success schema, its refusals, a tag and its security', async () => {
    const doc = await ok(200, 'GET', '/v1/openapi.json')

    for (const [name, route] of Object.entries(routes) as [string, RouteSpec][]) {
      const op = doc.paths[route.path][route.method.toLowerCase()] as Operation
      const content = op.responses[route.status ?? 200]!.content!
      const type = 'file' in route.answer ? route.answer.file : 'application/json'
      const success = content[type]!.schema
      expect([name, Object.keys(success).length > 0]).toEqual([name, true])
      expect(op.tags).toEqual([route.tag.name])
      expect(op.security).toEqual(route.roles === 'public' ? [] : [{ bearer: [] }])
      if (route.roles !== 'public') expect(op.responses['401']?.$ref).toMatch(/Refused401$/)
    }
    expect(doc.paths['/v1/villages/{villageId}/months/{month}'].get.responses['404']).toBeDefined()
    expect(doc.paths['/v1/roster-template.xlsx'].get.responses['200'].content[XLSX].schema).toEqual(
      { type: 'string', format: 'binary' },
    )
  })

  it('lints a broken document as broken, so the lint can fail', () => {
    const { totals } = lint({ openapi: '3.1.0', info: { title: 'x' }, paths: { '/a': {} } })

    expect(totals.errors + totals.warnings).toBeGreaterThan(0)
  })

  it('names the server that served it', async () => {
    const doc = await ok(200, 'GET', '/v1/openapi.json')

    expect(doc.servers).toEqual([{ url: expect.stringMatching(/^https?:\/\/\S+$/) }])
  })

  it('needs no token', async () => {
    expect((await ok(200, 'GET', '/v1/health')).ok).toBe(true)
  })
})
