import { describe, expect, it } from '@jest/globals'
import { request } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { freePort } from '../src/engine'
import { serveStatic } from '../src/static'

/** A raw GET (fetch would undo the compression), its headers and bytes. */
const get = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) =>
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end(),
  )

describe('the static server of the H5 build', () => {
  it('sends text gzipped to a browser that takes it, and as it is to one that does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jifenbao-static-'))
    const script = 'console.log("积分宝");'.repeat(200)
    writeFileSync(join(dir, 'app.js'), script)
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>积分宝</title>')
    const app = await serveStatic(dir, await freePort())
    try {
      const zipped = await get(`${app.url}app.js`, { 'accept-encoding': 'gzip, br' })
      const plain = await get(`${app.url}app.js`, {})
      const route = await get(`${app.url}pages/login`, { 'accept-encoding': 'gzip' })

      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(zipped.body.length).toBeLessThan(script.length / 10)
      expect(gunzipSync(zipped.body).toString()).toBe(script)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString()).toBe(script)
      expect(gunzipSync(route.body).toString()).toContain('<title>积分宝</title>')
    } finally {
      await app.stop()
    }
  })
})
