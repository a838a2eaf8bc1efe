import { expect } from '@jest/globals'
import { ROSTER_COLUMNS, type Role } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { createShopOps } from '../src/data/shops'
import { commit } from '../src/data/tx'
import { call } from './api'
import { PHOTO_REQUEST, postPhoto } from './photos'

let phoneSeq = Math.floor(Math.random() * 1e6)
/** A fresh mobile number for every person a test makes. */
export const nextPhone = () => `139${String(phoneSeq++ % 1e8).padStart(8, '0')}`

/** Calls a route and insists on the status, returning the body. */
export async function ok<T = any>(
  status: number,
  method: string,
  url: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await call<T>(method, url, opts)
  if (response.status !== status)
    throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(response.body)}`)
  expect(response.status).toBe(status)
  return response.body
}

export async function newTown(name = '测试镇') {
  const { townId, adminToken } = await ok(201, 'POST', '/v1/dev/towns', { body: { name } })
  return { townId: townId as string, adminToken: adminToken as string }
}

/** Adds a person (optionally of a household, optionally with a role) and signs them in. */
export async function person(
  town: { townId: string; adminToken: string },
  opts: { householdId?: string; role?: Role; scopeId?: string; name?: string } = {},
) {
  const phone = nextPhone()
  const { id } = await ok(201, 'POST', '/v1/people', {
    token: town.adminToken,
    body: { name: opts.name ?? '测试人', phone, householdId: opts.householdId },
  })
  if (opts.role)
    await ok(201, 'POST', '/v1/roles', {
      token: town.adminToken,
      body: { personId: id, role: opts.role, scopeId: opts.scopeId },
    })
  const { token } = await ok(200, 'POST', '/v1/auth/dev', { body: { phone, townId: town.townId } })
  return { id: id as string, token: token as string, phone }
}

/**
 * A town of two villages: V1 has grid M1 (groups G1 with H1, H2 and G2 with H3) and grid
 * M2 (G3 with H4); V2 has M3 (G4 with H5, and an empty G5). A shop S1 serves V1.
 */
export async function orgTown() {
  const town = await newTown()
  const t = town.adminToken
  const village = async (name: string) =>
    (await ok(201, 'POST', '/v1/villages', { token: t, body: { name } })).id as string
  const grid = async (v: string) =>
    (await ok(201, 'POST', `/v1/villages/${v}/grids`, { token: t, body: { name: '网格' } }))
      .id as string
  const group = async (m: string) =>
    (await ok(201, 'POST', `/v1/grids/${m}/groups`, { token: t, body: { name: '小组' } }))
      .id as string
  const household = async (g: string, headName: string) =>
    (await ok(201, 'POST', `/v1/groups/${g}/households`, { token: t, body: { headName } }))
      .id as string
  const V1 = await village('东尉村')
  const V2 = await village('西村')
  const M1 = await grid(V1)
  const M2 = await grid(V1)
  const M3 = await grid(V2)
  const G1 = await group(M1)
  const G2 = await group(M1)
  const G3 = await group(M2)
  const G4 = await group(M3)
  const G5 = await group(M3)
  const ids = {
    V1,
    V2,
    M1,
    M2,
    M3,
    G1,
    G2,
    G3,
    G4,
    G5,
    H1: await household(G1, '张建华'),
    H2: await household(G1, '李四'),
    H3: await household(G2, '王五'),
    H4: await household(G3, '赵六'),
    H5: await household(G4, '欧阳春华'),
  }
  const { shop, ops } = createShopOps(
    { townId: town.townId, name: '东尉村共富超市', kind: 'supermarket', villageIds: [V1] },
    [],
  )
  await commit(ops)
  return { ...town, ...ids, S1: shop.id }
}

/**
 * Approved entries of a month, one per household given: FZ-03 (+3 per unit) for a positive
 * quantity, FZ-12 (−2) for a negative one; submitted by `submitter`, approved by the admin.
 */
export async function approvedEntries(
  town: Awaited<ReturnType<typeof orgTown>>,
  submitter: string,
  month: string,
  quantities: Record<string, number>,
) {
  for (const [householdId, quantity] of Object.entries(quantities)) {
    const { id } = await ok(201, 'POST', '/v1/entries', {
      token: submitter,
      body: {
        householdId,
        indicatorCode: quantity > 0 ? 'FZ-03' : 'FZ-12',
        quantity: Math.abs(quantity),
        occurredOn: `${month}-10`,
      },
    })
    await ok(200, 'POST', `/v1/entries/${id}/approve`, { token: town.adminToken })
  }
}

/** A published month of V1 with those entries, the town's clock then moved past the objection deadline. */
export async function publishedMonth(
  town: Awaited<ReturnType<typeof orgTown>>,
  month: string,
  quantities: Record<string, number>,
) {
  await approvedEntries(
    town,
    (await person(town, { role: 'infoAdmin', scopeId: town.V1 })).token,
    month,
    quantities,
  )
  await ok(200, 'POST', `/v1/villages/${town.V1}/months/${month}/publish`, {
    token: town.adminToken,
  })
  await ok(200, 'POST', '/v1/dev/clock', {
    token: town.adminToken,
    body: { offsetMs: 8 * 86_400_000 },
  })
}

/** Asks the API for an upload and posts a photo to it: the key an entry then names. */
export const uploadPhoto = async (token: string) =>
  postPhoto(await ok(201, 'POST', '/v1/uploads', { token, body: PHOTO_REQUEST }))

/** A roster workbook as the import route takes it: the template's header, then these rows. */
export async function rosterFile(rows: string[][], fileName = '花名册.xlsx') {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('花名册')
  sheet.addRow([...ROSTER_COLUMNS])
  sheet.addRows(rows)
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return { fileName, contentBase64: bytes.toString('base64') }
}

/**
 * A day at S1 for H1 (which needs 2 beans): a villager pays 2 for one soap, and a second
 * receipt of 3 soaps (6 beans) is voided by the clerk.
 */
export async function shopDay(town: Awaited<ReturnType<typeof orgTown>>) {
  const villager = await person(town, { householdId: town.H1 })
  const clerk = await person(town, { role: 'clerk', scopeId: town.S1 })
  const soap = await ok(201, 'POST', `/v1/shops/${town.S1}/items`, {
    token: town.adminToken,
    body: { name: '肥皂', price: 2 },
  })
  const receipts = []
  for (const qty of [1, 3]) {
    const { code } = await ok(201, 'POST', `/v1/households/${town.H1}/pay-code`, {
      token: villager.token,
    })
    receipts.push(
      await ok(201, 'POST', `/v1/shops/${town.S1}/redemptions`, {
        token: clerk.token,
        body: { code, lines: [{ itemId: soap.id, qty }] },
      }),
    )
  }
  await ok(200, 'POST', `/v1/redemptions/${receipts[1].id}/void`, {
    token: clerk.token,
    body: { reason: '扫错了' },
  })
  return { villager, clerk }
}
