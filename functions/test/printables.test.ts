import { beforeAll, describe, expect, it } from '@jest/globals'
import { dateOf, DEFAULT_TOWN_CONFIG, maskName } from '@jifenbao/shared'
import jsQR from 'jsqr'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { call } from './api'
import { approvedEntries, ok, orgTown, person } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>
const work = mkdtempSync(join(tmpdir(), 'jifenbao-pdf-'))
/** Where the rendered pages are kept to be looked at. */
const ARTIFACTS = join(__dirname, 'artifacts')
const LINKS = 'http://localhost:10086'

/** Fetches a printable and keeps it as a file for poppler. */
async function pdf(url: string, token: string, name: string) {
  const response = await call<Buffer>('GET', url, { token })
  if (response.status !== 200) throw new Error(`${url} → ${response.status}`)
  expect(response.headers?.['content-type']).toBe('application/pdf')
  const path = join(work, `${name}.pdf`)
  writeFileSync(path, response.body)
  const disposition = String(response.headers?.['content-disposition'])
  return {
    path,
    fileName: decodeURIComponent(disposition.split("UTF-8''")[1]!),
    bytes: response.body.length,
  }
}
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
const textOf = (path: string, page?: number) =>
  run('pdftotext', [
    '-layout',
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    path,
    '-',
  ])
const pagesOf = (path: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1])
/** Renders a page (or a part of it, in points) to PNG, keeps it, and reads the QR code on it. */
function qrOn(
  path: string,
  name: string,
  page = 1,
  crop?: { x: number; y: number; w: number; h: number },
) {
  const scale = 2 // 144 dpi
  const out = join(ARTIFACTS, `printable-${name}`)
  run('pdftoppm', [
    '-png',
    '-singlefile',
    '-r',
    String(72 * scale),
    '-f',
    String(page),
    '-l',
    String(page),
    ...(crop
      ? [
          '-x',
          crop.x * scale,
          '-y',
          crop.y * scale,
          '-W',
          crop.w * scale,
          '-H',
          crop.h * scale,
        ].map(String)
      : []),
    path,
    out,
  ])
  const png = PNG.sync.read(readFileSync(`${out}.png`))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

/**
 * V1's 2025-07 finalised (so that 2025 has honours) and 2025-08 published and open to
 * objections. Every PDF is rendered with poppler: its text extracted and checked against
 * the API's own answers, its QR codes decoded back to their links.
 */
describe('printables', () => {
  let town: Town
  let leader: string

  beforeAll(async () => {
    town = await orgTown()
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 0 },
    })
    const submitter = (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token
    leader = (await person(town, { role: 'villageLeader', scopeId: town.V1 })).token
    await approvedEntries(town, submitter, '2025-07', { [town.H1]: 2, [town.H2]: 1, [town.H3]: -1 })
    for (const step of ['publish', 'finalize'])
      await ok(200, 'POST', `/v1/villages/${town.V1}/months/2025-07/${step}`, {
        token: town.adminToken,
      })
    await ok(200, 'PUT', '/v1/config', {
      token: town.adminToken,
      body: { ...DEFAULT_TOWN_CONFIG, objectionDays: 5 },
    })
    await approvedEntries(town, submitter, '2025-08', { [town.H4]: 3, [town.H1]: 1 })
    await ok(200, 'POST', `/v1/villages/${town.V1}/months/2025-08/publish`, {
      token: town.adminToken,
    })
    mkdirSync(ARTIFACTS, { recursive: true })
  }, 60_000)

  it('the 公示 poster: every household as published, the deadline in large type, a QR to the month', async () => {
    const month = await ok(200, 'GET', `/v1/villages/${town.V1}/months/2025-08`, { token: leader })
    const poster = await pdf(`/v1/villages/${town.V1}/months/2025-08/poster.pdf`, leader, 'poster')

    expect(poster.fileName).toBe('东尉村2025年8月积分公示.pdf')
    const text = textOf(poster.path)
    const [y, m, d] = dateOf(month.objectionDeadline).split('-').map(Number)
    expect(text).toContain('东尉村2025年8月积分公示')
    expect(text).toContain(`异议截止 ${y}年${m}月${d}日`)
    for (const h of month.households as {
      headName: string
      score: number
      beans: number
    }[]) {
      const line = text.split('\n').find((l) => l.includes(h.headName))
      expect(line?.trim().split(/\s+/).slice(-2)).toEqual([String(h.score), String(h.beans)])
    }
    expect(qrOn(poster.path, 'poster')).toBe(`${LINKS}/m/month?villageId=${town.V1}&month=2025-08`)
    // The Chinese font is embedded, and only as a subset.
    expect(run('pdffonts', [poster.path])).toMatch(/WenQuanYiMicroHei\s+.*yes\s+yes/)
  })

  it('has no poster for a month not yet published', async () => {
    const response = await call('GET', `/v1/villages/${town.V1}/months/2025-09/poster.pdf`, {
      token: leader,
    })
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('NOT_READY')
  })

  it('door cards: one per open household, eight to a page, each QR opening its household', async () => {
    const { items } = await ok(200, 'GET', `/v1/villages/${town.V1}/households`, { token: leader })
    const cards = await pdf(`/v1/villages/${town.V1}/door-cards.pdf`, leader, 'door-cards')

    expect(cards.fileName).toBe('东尉村门牌卡.pdf')
    expect(pagesOf(cards.path)).toBe(Math.ceil(items.length / 8))
    const text = textOf(cards.path)
    const heads = (items as { headName: string }[]).map((h) => maskName(h.headName))
    for (const head of heads) expect(text).toContain(head)
    // The first card's own QR, cut out of the page: the card of a household of the village.
    const first = qrOn(cards.path, 'door-card', 1, { x: 40, y: 40, w: 257, h: 190 })
    expect((items as { id: string }[]).map((h) => `${LINKS}/m/household?id=${h.id}`)).toContain(
      first,
    )
  })

  it('certificates: a page per honoured household of the finished year', async () => {
    const honours = await ok(200, 'GET', `/v1/years/2025/honours?villageId=${town.V1}`, {
      token: leader,
    })
    const certificates = await pdf(
      `/v1/years/2025/certificates.pdf?villageId=${town.V1}`,
      leader,
      'certificates',
    )

    expect(certificates.fileName).toBe('东尉村2025年度荣誉证书.pdf')
    expect(honours.items.length).toBeGreaterThan(0)
    expect(pagesOf(certificates.path)).toBe(honours.items.length)
    honours.items.forEach((h: { headName: string; rank: number; earned: number }, i: number) => {
      const page = textOf(certificates.path, i + 1).replace(/\s+/g, '')
      expect(page).toContain('荣誉证书')
      expect(page).toContain(`${h.headName}户`)
      expect(page).toContain(`全年获得山药豆${h.earned}颗，位列本村第${h.rank}名`)
    })
    qrOn(certificates.path, 'certificate')
  })

  it('has no certificates before the year is over', async () => {
    const year = new Date().getFullYear() + 1
    const response = await call('GET', `/v1/years/${year}/certificates.pdf?villageId=${town.V1}`, {
      token: leader,
    })
    expect(response.status).toBe(409)
  })
})
