import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { call } from './api'
import { nextPhone, ok, orgTown, rosterFile } from './fixtures'

type Town = Awaited<ReturnType<typeof orgTown>>

/** A resident ID number with its GB 11643 check character, written out independently of the code. */
function idNumber(n: number): string {
  const body = `1101051949${String(n).padStart(7, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0)
  return body + '10X98765432'[sum % 11]
}
/** The same number with its check character wrong. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')

const importUrl = (villageId: string, dryRun: boolean) =>
  `/v1/villages/${villageId}/roster-imports?dryRun=${dryRun}`

async function households(town: Town, villageId: string) {
  return (await ok(200, 'GET', `/v1/villages/${villageId}/households`, { token: town.adminToken }))
    .items as { id: string; headName: string; gridName: string; groupName: string }[]
}

describe('roster import', () => {
  let town: Town
  const held = { phone: nextPhone(), idNumber: idNumber(900) }

  beforeAll(async () => {
    town = await orgTown()
    await ok(201, 'POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '已在册', householdId: town.H1, ...held },
    })
  })

  afterEach(() => void jest.restoreAllMocks())

  it('lists, on a dry run, exactly the rows that have a problem, by row and column', async () => {
    const [p1, p2] = [nextPhone(), nextPhone()]
    const id1 = idNumber(1)
    const file = await rosterFile([
      ['一网格', '一组', '张三', '村东1号', '张三', p1, id1, '是'], // 2
      ['一网格', '一组', '张三', '', '张小三', p2, '', ''], // 3
      ['一网格', '一组', '张三', '', '张二', '1380013800', '', ''], // 4: ten digits
      ['一网格', '一组', '张三', '', '张四', '', wrongCheck(idNumber(2)), ''], // 5
      ['一网格', '一组', '张三', '', '张五', p1, '', ''], // 6: row 2's phone
      ['', '一组', '李四', '', '李四', '', '', ''], // 7: no grid
      ['一网格', '', '王五', '', '王五', '', '', ''], // 8: no group
      ['二网格', '二组', '赵六', '', '赵小六', '', '', ''], // 9: 赵六 has no row of his own
      ['二网格', '二组', '钱七', '', '钱七', '', '', ''], // 10
      ['二网格', '二组', '钱七', '', '钱七', '', '', ''], // 11: 钱七 a second time
      ['二网格', '二组', '钱七', '', '', '', '', ''], // 12: no name
      ['二网格', '二组', '钱七', '', '钱小七', '', '', '党员'], // 13
      ['二网格', '二组', '钱七', '', '钱八', held.phone, '', ''], // 14: held in the town
      ['二网格', '二组', '钱七', '', '钱九', '', held.idNumber, ''], // 15: held in the town
      ['二网格', '二组', '钱七', '', '钱十', '', id1.toLowerCase(), ''], // 16: row 2's ID
    ])

    const dry = await call('POST', importUrl(town.V1, true), { token: town.adminToken, body: file })

    expect(dry.status).toBe(200)
    expect(dry.body.rows).toBe(15)
    expect(dry.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, '手机号'],
      [5, '身份证号'],
      [6, '手机号'],
      [7, '网格'],
      [8, '联户小组'],
      [9, '户主'],
      [11, '姓名'],
      [12, '姓名'],
      [13, '党员'],
      [14, '手机号'],
      [15, '身份证号'],
      [16, '身份证号'],
    ])
    const messages = dry.body.errors.map((e: { message: string }) => e.message)
    expect(messages[2]).toContain('与第 2 行重复')
    expect(messages[9]).toContain('本镇已有人登记')

    const before = await households(town, town.V1)
    const real = await call('POST', importUrl(town.V1, false), {
      token: town.adminToken,
      body: file,
      headers: { 'Idempotency-Key': 'bad-file' },
    })
    expect(real.status).toBe(400)
    expect(real.body.error.code).toBe('VALIDATION')
    expect(real.body.error.details).toEqual(dry.body.errors)
    expect(await households(town, town.V1)).toEqual(before)
  })

  it('refuses a real run without an Idempotency-Key, and a file that is not a workbook', async () => {
    const file = await rosterFile([['一网格', '一组', '孙一', '', '孙一', '', '', '']])
    const keyless = await call('POST', importUrl(town.V1, false), {
      token: town.adminToken,
      body: file,
    })
    expect(keyless.status).toBe(400)
    expect(keyless.body.error.details[0].path).toBe('Idempotency-Key')

    const text = await call('POST', importUrl(town.V1, true), {
      token: town.adminToken,
      body: {
        fileName: '花名册.csv',
        contentBase64: Buffer.from('网格,联户小组').toString('base64'),
      },
    })
    expect(text.status).toBe(400)
    expect(text.body.error.details[0].path).toBe('contentBase64')
    expect(text.body.error.details[0].message).toContain('不是 Excel 文件')
  })

  it('adds grids, groups, households and people once, reusing units the village has', async () => {
    const [pa, pb, pc] = [nextPhone(), nextPhone(), nextPhone()]
    const file = await rosterFile([
      ['网格', '小组', '周一', '东街1号', '周一', pa, '', '否'],
      ['网格', '小组', '周一', '', '周小一', '', '', ''],
      ['三网格', '三组', '吴二', '西街2号', '吴二', pb, idNumber(3), '是'],
      ['三网格', '三组', '吴二', '', '吴小二', '', '', ''],
      ['三网格', '三组', '吴二', '', '吴小小', '', '', ''],
      ['三网格', '四组', '郑三', '', '郑三', pc, '', ''],
    ])
    const counts = { rows: 6, grids: 1, groups: 2, households: 3, people: 6, errors: [] }
    const before = await households(town, town.V1)

    const dry = await ok(200, 'POST', importUrl(town.V1, true), {
      token: town.adminToken,
      body: file,
    })
    expect(dry).toEqual(counts)
    expect(await households(town, town.V1)).toEqual(before)

    const send = () =>
      call('POST', importUrl(town.V1, false), {
        token: town.adminToken,
        body: file,
        headers: { 'Idempotency-Key': 'roster-1' },
      })
    const first = await send()
    expect(first).toMatchObject({ status: 201, body: counts })
    const again = await send()
    expect(again).toMatchObject({ status: 201, body: counts })

    const after = await households(town, town.V1)
    const added = after.filter((h) => !before.some((b) => b.id === h.id))
    expect(added.map((h) => [h.gridName, h.groupName, h.headName]).sort()).toEqual(
      [
        ['网格', '小组', '周一'],
        ['三网格', '三组', '吴二'],
        ['三网格', '四组', '郑三'],
      ].sort(),
    )
    const wu = await ok(
      200,
      'GET',
      `/v1/households/${added.find((h) => h.headName === '吴二')!.id}`,
      {
        token: town.adminToken,
      },
    )
    expect(wu.address).toBe('西街2号')
    expect(wu.members.map((m: { name: string }) => m.name).sort()).toEqual(
      ['吴二', '吴小二', '吴小小'].sort(),
    )
    const head = wu.members.find((m: { name: string }) => m.name === '吴二')
    expect(head).toMatchObject({ partyMember: true, phone: `${pb.slice(0, 3)}****${pb.slice(7)}` })

    // An import only adds: the same people again are the town's already.
    const twice = await ok(200, 'POST', importUrl(town.V1, true), {
      token: town.adminToken,
      body: file,
    })
    expect(twice.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [2, '手机号'],
      [4, '手机号'],
      [4, '身份证号'],
      [7, '手机号'],
    ])
    // The ID number imported is the person's: no one else in the town may take it.
    const taken = await call('POST', '/v1/people', {
      token: town.adminToken,
      body: { name: '冒名', idNumber: idNumber(3) },
    })
    expect(taken.status).toBe(409)
    expect(taken.body.error.details.field).toBe('idNumber')
  })

  it('completes a crashed import on a retry with its key, doubling nothing', async () => {
    const HOUSEHOLDS = 40
    const rows = Array.from({ length: HOUSEHOLDS }, (_, i) => {
      const head = `冯${i}`
      return [
        [`网格${i % 3}`, `组${i % 5}`, head, '', head, nextPhone(), idNumber(1000 + i), ''],
        [`网格${i % 3}`, `组${i % 5}`, head, '', `${head}妻`, nextPhone(), '', ''],
        [`网格${i % 3}`, `组${i % 5}`, head, '', `${head}子`, '', '', ''],
      ]
    }).flat()
    const file = await rosterFile(rows)
    const before = await households(town, town.V2)
    const send = () =>
      call('POST', importUrl(town.V2, false), {
        token: town.adminToken,
        body: file,
        headers: { 'Idempotency-Key': 'roster-crash' },
      })

    // The process dies as the third chunk of the import is written.
    const realSend = DynamoDBDocumentClient.prototype.send
    let chunks = 0
    jest.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (
      this: DynamoDBDocumentClient,
      command: unknown,
    ) {
      const items = command instanceof TransactWriteCommand ? command.input.TransactItems : []
      if (items?.some((i) => String(i.Put?.Item?.SK).startsWith('CHUNK#')) && ++chunks === 3)
        return Promise.reject(new Error('the Lambda was stopped'))
      return (realSend as (c: unknown) => Promise<unknown>).call(this, command)
    } as never)
    expect((await send()).status).toBe(500)
    jest.restoreAllMocks()
    const added = async () =>
      (await households(town, town.V2)).filter((h) => !before.some((b) => b.id === h.id))
    const people = async () =>
      (
        await Promise.all(
          (await added()).map(
            async (h) =>
              (await ok(200, 'GET', `/v1/households/${h.id}`, { token: town.adminToken })).members
                .length as number,
          ),
        )
      ).reduce((a, b) => a + b, 0)
    const partial = await people()
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(120)
    const progress = () =>
      ok(200, 'GET', `/v1/villages/${town.V2}/roster-imports/roster-crash`, {
        token: town.adminToken,
      })
    const halfway = await progress()
    expect(halfway.started).toBe(true)
    expect(halfway.written).toBeGreaterThan(0)
    expect(halfway.written).toBeLessThan(halfway.chunks)

    const retry = await send()
    expect(retry).toMatchObject({
      status: 201,
      body: { rows: 120, grids: 3, groups: 15, households: HOUSEHOLDS, people: 120 },
    })
    const after = await added()
    expect(after).toHaveLength(HOUSEHOLDS)
    expect(new Set(after.map((h) => h.headName)).size).toBe(HOUSEHOLDS)
    expect(await people()).toBe(120)
    expect(await progress()).toEqual({ ...halfway, written: halfway.chunks })
  })
})
