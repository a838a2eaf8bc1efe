import { describe, expect, it } from '@jest/globals'
import { ROSTER_COLUMNS, XLSX } from '@jifenbao/shared'
import ExcelJS from 'exceljs'
import { call } from './api'
import { newTown, person } from './fixtures'

describe('GET /v1/roster-template.xlsx', () => {
  it('gives the info admin a workbook whose header row is the roster’s columns, read back', async () => {
    const town = await newTown()
    const village = await call('POST', '/v1/villages', {
      token: town.adminToken,
      body: { name: '东尉村' },
    })
    const admin = await person(town, { role: 'infoAdmin', scopeId: village.body.id })

    const response = await call<Buffer>('GET', '/v1/roster-template.xlsx', { token: admin.token })

    expect(response.status).toBe(200)
    expect(response.headers?.['content-type']).toBe(XLSX)
    expect(response.headers?.['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('花名册模板.xlsx')}`,
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(response.body as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, ...ROSTER_COLUMNS])
    const example = sheet.getRow(2).values as string[]
    expect(example[3]).toBe(example[5])
    // Phone and ID columns are text, so Excel keeps an 18-digit number whole.
    expect([sheet.getColumn(6).numFmt, sheet.getColumn(7).numFmt]).toEqual(['@', '@'])
  })

  it('is not for a villager', async () => {
    const town = await newTown()
    const villager = await person(town)

    expect((await call('GET', '/v1/roster-template.xlsx', { token: villager.token })).status).toBe(
      403,
    )
  })
})
