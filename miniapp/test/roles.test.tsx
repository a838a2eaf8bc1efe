import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { BOARD, CLERK, householdH1, json, LEADER, refusal, signIn, VILLAGER } from './fixtures'
import { calls, navigations, stand, uploads } from './taro'

// The phone's camera and compressor: what WeChat or the browser does with pixels.
jest.mock('../src/lib/scan', () => ({ scanQrCode: async () => 'P1.code' }))
jest.mock('../src/lib/compress', () => ({
  compressPhoto: async (path: string) => ({ path, size: 120_000 }),
}))

// Screens are loaded after the stand-ins above are registered (swc does not hoist jest.mock).
let Till: typeof import('../src/clerk/scan/index').default
let EntryForm: typeof import('../src/components/EntryForm').EntryForm
let Queue: typeof import('../src/review/queue/index').default
let VillagerMonth: typeof import('../src/villager/month/index').default
let Ledger: typeof import('../src/villager/ledger/index').default
let Roster: typeof import('../src/leader/roster/index').default
let Submissions: typeof import('../src/leader/submissions/index').default
let Households: typeof import('../src/leader/households/index').default
beforeAll(async () => {
  Till = (await import('../src/clerk/scan/index')).default
  EntryForm = (await import('../src/components/EntryForm')).EntryForm
  Queue = (await import('../src/review/queue/index')).default
  VillagerMonth = (await import('../src/villager/month/index')).default
  Ledger = (await import('../src/villager/ledger/index')).default
  Roster = (await import('../src/leader/roster/index')).default
  Submissions = (await import('../src/leader/submissions/index')).default
  Households = (await import('../src/leader/households/index')).default
})
afterEach(cleanup)

const INDICATORS = [
  {
    code: 'ZZ-02',
    name: '参加村民会议',
    dimension: 'autonomy',
    points: 1,
    monthlyCap: 2,
    evidence: 'photo',
    selfReport: false,
    active: true,
  },
  {
    code: 'ZZ-01',
    name: '按时缴费',
    dimension: 'autonomy',
    points: 1,
    monthlyCap: 1,
    evidence: 'none',
    selfReport: true,
    active: true,
  },
]
const PENDING = {
  id: 'E1',
  villageId: 'V1',
  householdId: 'H2',
  indicatorCode: 'ZZ-02',
  dimension: 'autonomy',
  points: 1,
  quantity: 1,
  occurredOn: '2026-11-20',
  month: '2026-11',
  note: null,
  photoKeys: ['k1'],
  status: 'pending',
  submittedBy: 'P2',
  reportedBy: 'P2',
  selfReport: false,
  submitterName: '王秀英',
  reviewedBy: null,
  createdAt: '2026-11-20T02:00:00Z',
  photos: [{ key: 'k1', url: 'http://s3/k1' }],
}
/** A household as `GET /villages/V1/households` lists it: in grid M1, group G1 or G2. */
const listed = (id: string, headName: string, groupId = 'G1', address: string | null = null) => ({
  id,
  headName,
  address,
  gridId: 'M1',
  gridName: '第一微网格',
  groupId,
  groupName: groupId === 'G1' ? '第一联户小组' : '第二联户小组',
})
const posts = (path: string) => calls.filter((c) => c.method === 'POST' && c.path === path)

describe('the clerk’s till', () => {
  const goods = [
    { id: 'rice', name: '大米', price: 30, stock: 5, active: true },
    { id: 'soap', name: '肥皂', price: 5, stock: null, active: true },
  ]

  it('scans, fills the cart within the balance, and charges once though the first answer is lost', async () => {
    signIn(CLERK, null)
    let lost = 0
    stand.answer(({ method, path, body }) => {
      if (path === '/shops/S1/items') return json(200, { items: goods, cursor: null })
      if (path === '/shops/S1/scan')
        return json(200, { householdId: 'H1', headName: '陈*兰', balance: 40 })
      if (method === 'POST' && path === '/shops/S1/redemptions') {
        // The first four tries never come back (a dropped connection): the client's own retries.
        if (lost++ < 4) throw new Error('request:fail')
        return json(201, {
          id: 'R1',
          total: 35,
          balanceAfter: 5,
          lines: body.lines.map((l: any) => ({ ...l, name: l.itemId, beans: 0 })),
        })
      }
      return json(404, {})
    })
    render(<Till />)
    fireEvent.click(screen.getByText('拍照或上传付款码'))
    expect(await screen.findByText('陈*兰 户')).toBeTruthy()

    const plus = () => screen.getAllByText('+')
    fireEvent.click(plus()[0]!)
    fireEvent.click(plus()[0]!)
    expect(screen.getByText('合计 60 豆，山药豆不够')).toBeTruthy()
    expect((screen.getByText('确认兑换') as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('确认兑换').className).toBe('button button--off')
    fireEvent.click(screen.getAllByText('−')[0]!)
    fireEvent.click(plus()[1]!)
    expect(screen.getByText('合计 35 豆')).toBeTruthy()
    expect(screen.getByText('确认兑换').className).toBe('button')

    fireEvent.click(screen.getByText('确认兑换'))
    expect(await screen.findByText(/网络断了/, {}, { timeout: 10_000 })).toBeTruthy()
    fireEvent.click(screen.getByText('确认兑换'))
    expect(await screen.findByText('兑换成功，共 35 豆', {}, { timeout: 10_000 })).toBeTruthy()

    const tries = posts('/shops/S1/redemptions')
    expect(tries).toHaveLength(5)
    expect(new Set(tries.map((t) => t.headers['idempotency-key'])).size).toBe(1)
    expect(tries[0]!.body).toEqual({
      code: 'P1.code',
      lines: [
        { itemId: 'rice', qty: 1 },
        { itemId: 'soap', qty: 1 },
      ],
    })
  }, 20_000)

  it('after a refusal takes a changed cart under a new key; while in doubt keeps the cart as sent', async () => {
    signIn(CLERK, null)
    let offline = true
    stand.answer(({ method, path, body }) => {
      if (path === '/shops/S1/items') return json(200, { items: goods, cursor: null })
      if (path === '/shops/S1/scan')
        return json(200, { householdId: 'H1', headName: '陈*兰', balance: 40 })
      if (method === 'POST' && path === '/shops/S1/redemptions') {
        if (offline) throw new Error('request:fail')
        if (body.lines.some((l: { itemId: string }) => l.itemId === 'rice'))
          return refusal(409, 'OUT_OF_STOCK', '大米库存不足 / out of stock')
        return json(201, { id: 'R1', total: 5, balanceAfter: 35, lines: [] })
      }
      return json(404, {})
    })
    render(<Till />)
    fireEvent.click(screen.getByText('拍照或上传付款码'))
    await screen.findByText('陈*兰 户')
    fireEvent.click(screen.getAllByText('+')[0]!)
    fireEvent.click(screen.getByText('确认兑换'))
    expect(await screen.findByText(/网络断了/, {}, { timeout: 10_000 })).toBeTruthy()
    expect((screen.getAllByText('+')[0] as HTMLButtonElement).disabled).toBe(true)

    offline = false
    fireEvent.click(screen.getByText('确认兑换'))
    expect(await screen.findByText('大米库存不足')).toBeTruthy()
    fireEvent.click(screen.getAllByText('−')[0]!)
    fireEvent.click(screen.getAllByText('+')[1]!)
    fireEvent.click(screen.getByText('确认兑换'))
    expect(await screen.findByText('兑换成功，共 5 豆')).toBeTruthy()

    const keys = posts('/shops/S1/redemptions').map((t) => t.headers['idempotency-key'])
    expect(keys).toHaveLength(6)
    expect(new Set(keys.slice(0, 5)).size).toBe(1)
    expect(keys[5]).not.toBe(keys[0])
  }, 20_000)

  it('says why a scan was refused', async () => {
    signIn(CLERK, null)
    stand.answer(({ path }) =>
      path === '/shops/S1/scan'
        ? refusal(409, 'CODE_USED', '付款码已使用过，请让村民刷新 / used')
        : json(200, { items: goods, cursor: null }),
    )
    render(<Till />)
    fireEvent.click(screen.getByText('拍照或上传付款码'))
    expect(await screen.findByText('付款码已使用过，请让村民刷新')).toBeTruthy()
  })
})

describe('recording points', () => {
  function answerEntries() {
    stand.answer(({ method, path, body }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (path === '/uploads')
        return json(201, {
          key: 'T1/photo-1',
          url: 'http://s3/photos',
          fields: { key: 'T1/photo-1', policy: 'p' },
          expiresAt: '2026-11-26T12:00:00Z',
        })
      if (method === 'POST' && path === '/entries')
        return json(201, { id: 'E1', status: 'pending', points: body.quantity, month: '2026-11' })
      if (method === 'POST' && path === '/entries/batch')
        return json(201, { ids: body.householdIds.map((_: string, i: number) => `E${i}`) })
      return json(404, {})
    })
  }

  it('waits for the photo an indicator needs, then submits it with the entry', async () => {
    signIn(LEADER)
    answerEntries()
    const done = jest.fn()
    render(
      <EntryForm mode="single" households={[{ id: 'H2', headName: '王秀英' }]} onDone={done} />,
    )
    fireEvent.click(await screen.findByText('参加村民会议'))
    expect(screen.getByText('这一项需要照片，请先拍照')).toBeTruthy()
    expect((screen.getByText('提交') as HTMLButtonElement).disabled).toBe(true)

    fireEvent.click(screen.getByText('拍照或选照片'))
    expect(await screen.findByText('已上传')).toBeTruthy()
    expect(uploads).toEqual([
      { url: 'http://s3/photos', fields: { key: 'T1/photo-1', policy: 'p' } },
    ])
    expect(posts('/uploads')[0]!.body).toEqual({ contentType: 'image/jpeg', size: 120_000 })

    fireEvent.change(screen.getByLabelText('备注（可不填）'), {
      target: { value: '十一月村民大会' },
    })
    fireEvent.click(screen.getByText('提交'))
    await waitFor(() => expect(done).toHaveBeenCalledWith('已提交（+1 分），等待村里审核'))
    expect(posts('/entries')[0]!.body).toMatchObject({
      householdId: 'H2',
      indicatorCode: 'ZZ-02',
      quantity: 1,
      note: '十一月村民大会',
      photoKeys: ['T1/photo-1'],
    })
    expect(posts('/entries')[0]!.headers['idempotency-key']).toBeTruthy()
  })

  it('records once though the leader taps again after the signal dropped', async () => {
    signIn(LEADER)
    let offline = true
    stand.answer(({ method, path }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (method === 'POST' && path === '/entries') {
        if (offline) throw new Error('request:fail')
        return json(201, { id: 'E1', status: 'pending', points: 1, month: '2026-11' })
      }
      return json(404, {})
    })
    const done = jest.fn()
    render(
      <EntryForm mode="single" households={[{ id: 'H2', headName: '王秀英' }]} onDone={done} />,
    )
    fireEvent.click(await screen.findByText('按时缴费'))
    fireEvent.click(screen.getByText('提交'))
    expect(
      await screen.findByText(/网络断了，不知道是否已提交/, {}, { timeout: 10_000 }),
    ).toBeTruthy()
    offline = false
    fireEvent.click(screen.getByText('提交'))
    await waitFor(() => expect(done).toHaveBeenCalledWith('已提交（+1 分），等待村里审核'))
    const keys = posts('/entries').map((c) => c.headers['idempotency-key'])
    expect(keys).toHaveLength(5)
    expect(new Set(keys).size).toBe(1)
  }, 20_000)

  it('keeps the form, its photo and its key when the app is closed on a dead signal', async () => {
    signIn(LEADER)
    let offline = true
    stand.answer(({ method, path }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (path === '/uploads')
        return json(201, {
          key: 'T1/photo-1',
          url: 'http://s3/photos',
          fields: { key: 'T1/photo-1' },
          expiresAt: '2026-11-26T12:00:00Z',
        })
      if (method === 'POST' && path === '/entries') {
        if (offline) throw new Error('request:fail')
        return json(201, { id: 'E1', status: 'pending', points: 1, month: '2026-11' })
      }
      return json(404, {})
    })
    const form = () => (
      <EntryForm mode="single" households={[{ id: 'H2', headName: '王秀英' }]} onDone={done} />
    )
    const done = jest.fn()
    const first = render(form())
    fireEvent.click(await screen.findByText('参加村民会议'))
    fireEvent.click(screen.getByText('拍照或选照片'))
    expect(await screen.findByText('已上传')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('备注（可不填）'), { target: { value: '村民大会' } })
    fireEvent.click(screen.getByText('提交'))
    expect(
      await screen.findByText(/网络断了，不知道是否已提交/, {}, { timeout: 10_000 }),
    ).toBeTruthy()
    first.unmount()

    // Later, where the signal is: the same form comes back, ready to send under the same key.
    offline = false
    render(form())
    expect(await screen.findByText('已恢复上次没有提交的记分，请核对后提交')).toBeTruthy()
    expect((screen.getByLabelText('备注（可不填）') as HTMLInputElement).value).toBe('村民大会')
    // In doubt, the entry stays as it was sent: the same key must carry the same entry.
    fireEvent.change(screen.getByLabelText('备注（可不填）'), { target: { value: '改了' } })
    expect((screen.getByLabelText('备注（可不填）') as HTMLInputElement).value).toBe('村民大会')
    expect(screen.queryByText('拍照或选照片')).toBeNull()
    expect(screen.getByText('已上传')).toBeTruthy()
    await screen.findByText('参加村民会议')
    fireEvent.click(screen.getByText('提交'))
    await waitFor(() => expect(done).toHaveBeenCalledWith('已提交（+1 分），等待村里审核'))
    const sent = posts('/entries')
    expect(sent.at(-1)!.body).toMatchObject({ note: '村民大会', photoKeys: ['T1/photo-1'] })
    expect(new Set(sent.map((c) => c.headers['idempotency-key'])).size).toBe(1)
    cleanup()

    // Sent: nothing is left to restore.
    render(form())
    expect(await screen.findByText('参加村民会议')).toBeTruthy()
    expect(screen.queryByText('已恢复上次没有提交的记分，请核对后提交')).toBeNull()
    expect((screen.getByLabelText('备注（可不填）') as HTMLInputElement).value).toBe('')
  }, 20_000)

  it('offers a villager only what villagers may report themselves', async () => {
    signIn(VILLAGER)
    answerEntries()
    render(
      <EntryForm mode="self" households={[{ id: 'H1', headName: '陈桂兰' }]} onDone={jest.fn()} />,
    )
    expect(await screen.findByText('按时缴费')).toBeTruthy()
    expect(screen.queryByText('参加村民会议')).toBeNull()
  })

  it('records one activity for the households chosen', async () => {
    signIn(LEADER)
    answerEntries()
    const done = jest.fn()
    const households = [
      { id: 'H1', headName: '陈桂兰' },
      { id: 'H2', headName: '王秀英' },
      { id: 'H3', headName: '李建国' },
    ]
    render(<EntryForm mode="batch" households={households} onDone={done} />)
    fireEvent.click(await screen.findByText('按时缴费'))
    fireEvent.click(screen.getByText('陈桂兰'))
    fireEvent.click(screen.getByText('李建国'))
    expect(screen.getByText('参加的农户（已选 2 户，最多 30 户）')).toBeTruthy()
    fireEvent.click(screen.getByText('提交'))
    await waitFor(() => expect(done).toHaveBeenCalledWith('已为 2 户记分，等待村里审核'))
    expect(posts('/entries/batch')[0]!.body).toMatchObject({
      householdIds: ['H1', 'H3'],
      indicatorCode: 'ZZ-01',
    })
  })
})

describe('a leader’s households', () => {
  it('finds one of a long list by the head’s name or address, and says when none matches', async () => {
    signIn({ ...BOARD, role: 'villageLeader' })
    const names = ['王秀英', '李建国', '张秀兰', ...Array.from({ length: 10 }, (_, i) => `赵${i}`)]
    stand.answer(({ path }) =>
      path === '/villages/V1/households'
        ? json(200, {
            items: names.map((headName, i) => listed(`H${i}`, headName, 'G1', `东尉村${i + 1}号`)),
            cursor: null,
          })
        : json(404, {}),
    )
    render(<Households />)
    const search = await screen.findByLabelText('找农户：户主姓名或地址')
    expect(screen.getAllByText('记分 ›')).toHaveLength(13)

    fireEvent.change(search, { target: { value: '秀' } })
    expect(screen.getAllByText('记分 ›')).toHaveLength(2)
    expect(screen.getByText('张秀兰')).toBeTruthy()
    fireEvent.change(search, { target: { value: '东尉村2号' } })
    expect(screen.getByTestId('households').textContent).toContain('李建国')
    fireEvent.change(search, { target: { value: '孙' } })
    expect(screen.getByText('没有找到“孙”，请换个字再找')).toBeTruthy()
  })
})

describe('keeping the roster from 我的农户', () => {
  it('lets the info admin move a household to another group, without opening its entry form', async () => {
    signIn({ ...BOARD, role: 'infoAdmin' })
    let groupOfH1 = 'G1'
    stand.answer(({ method, path, body }) => {
      if (path === '/villages/V1/households')
        return json(200, { items: [listed('H1', '王秀英', groupOfH1)], cursor: null })
      if (path === '/villages/V1')
        return json(200, {
          id: 'V1',
          name: '东尉村',
          grids: [
            {
              id: 'M1',
              name: '第一微网格',
              groups: [
                { id: 'G1', name: '第一联户小组', households: 1 },
                { id: 'G2', name: '第二联户小组', households: 0 },
              ],
            },
          ],
        })
      if (method === 'POST' && path === '/households/H1/move') {
        groupOfH1 = body.groupId
        return json(200, { id: 'H1', villageId: 'V1', gridId: 'M1', groupId: body.groupId })
      }
      return json(404, {})
    })
    render(<Households />)
    fireEvent.click(await screen.findByText('调组'))
    const move = await screen.findByTestId('move')
    expect(move.textContent).not.toContain('第一微网格 · 第一联户小组')
    expect((screen.getByText('调到这个小组') as HTMLButtonElement).disabled).toBe(true)

    fireEvent.click(screen.getByText('第一微网格 · 第二联户小组'))
    fireEvent.click(screen.getByText('调到这个小组'))
    expect(await screen.findByText('已把 王秀英 户调到 第一微网格 · 第二联户小组')).toBeTruthy()
    await waitFor(() =>
      expect(screen.getByTestId('households').textContent).toContain('第二联户小组'),
    )
    expect(posts('/households/H1/move')[0]!.body).toEqual({ groupId: 'G2' })
    expect(navigations).toEqual([])
  })

  it('lets the info admin make a member of a household its group’s leader', async () => {
    signIn({ ...BOARD, role: 'infoAdmin' })
    stand.answer(({ method, path, body }) => {
      if (path === '/villages/V1/households')
        return json(200, { items: [listed('H1', '王秀英')], cursor: null })
      if (path === '/villages/V1') return json(200, { id: 'V1', name: '东尉村', grids: [] })
      if (path === '/households/H1')
        return json(
          200,
          householdH1('王秀英', 0, [
            { id: 'P8', name: '王秀英', phone: '138****0006', partyMember: true },
            { id: 'P9', name: '李大勇', phone: null, partyMember: false },
          ]),
        )
      if (method === 'POST' && path === '/roles') return json(201, body)
      return json(404, {})
    })
    render(<Households />)
    fireEvent.click(await screen.findByText('任组长'))
    fireEvent.click(await screen.findByText('李大勇'))
    fireEvent.click(screen.getByText('任命为第一联户小组的联户小组长'))

    expect(await screen.findByText('已任命 李大勇 为第一联户小组的联户小组长')).toBeTruthy()
    expect(posts('/roles')[0]!.body).toEqual({ personId: 'P9', role: 'linkLeader', scopeId: 'G1' })
    expect(navigations).toEqual([])
  })

  it('shows a leader no move and no appointment', async () => {
    signIn(LEADER)
    stand.answer(({ path }) =>
      path === '/villages/V1/households'
        ? json(200, { items: [listed('H1', '王秀英')], cursor: null })
        : json(404, {}),
    )
    render(<Households />)
    expect(await screen.findByText('王秀英')).toBeTruthy()
    expect(screen.queryByText('调组')).toBeNull()
    expect(screen.queryByText('任组长')).toBeNull()
    expect(calls.some((c) => c.path === '/villages/V1')).toBe(false)
  })
})

describe('a leader’s submissions', () => {
  it('asks only for mine, and offers older ones even when the first page found none', async () => {
    signIn(LEADER)
    stand.answer(({ path }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (path === '/villages/V1/households') return json(200, { items: [], cursor: null })
      if (path.startsWith('/entries?') && !path.includes('cursor='))
        return json(200, { items: [], cursor: 'c1' })
      if (path.startsWith('/entries?'))
        return json(200, {
          items: [{ ...PENDING, status: 'rejected', reviewNote: '照片看不清', submittedBy: 'P1' }],
          cursor: null,
        })
      return json(404, {})
    })
    render(<Submissions />)
    fireEvent.click(await screen.findByText('查看更早的'))

    expect((await screen.findByText('退回原因：照片看不清')).className).toBe('error')
    expect(screen.queryByText('这个月您还没有提交记分')).toBeNull()
    expect(screen.queryByText('查看更早的')).toBeNull()
    const asked = calls.filter((c) => c.path.startsWith('/entries?')).map((c) => c.path)
    expect(asked).toEqual([
      expect.stringMatching(/^\/entries\?villageId=V1&month=\d{4}-\d{2}&submittedBy=P1$/),
      expect.stringMatching(/submittedBy=P1&cursor=c1$/),
    ])
  })
})

describe('review', () => {
  it('shows an info admin the queue, but not the buttons only reviewers may press', async () => {
    signIn({ ...BOARD, role: 'infoAdmin' }, null)
    stand.answer(({ path }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (path === '/villages/V1/households') return json(200, { items: [], cursor: null })
      if (path.startsWith('/entries?'))
        return json(200, { items: [{ ...PENDING, photos: [] }], cursor: null })
      return json(404, {})
    })
    render(<Queue />)
    expect(await screen.findByText('由村级网格长或领导小组审核')).toBeTruthy()
    expect(screen.queryByText('通过')).toBeNull()
  })

  it('shows pending entries with photos; rejecting needs a reason; a decision reloads the queue', async () => {
    signIn(BOARD, null)
    let decided = false
    stand.answer(({ method, path }) => {
      if (path === '/indicators') return json(200, { items: INDICATORS })
      if (path === '/villages/V1/households')
        return json(200, {
          items: [
            {
              id: 'H2',
              headName: '王秀英',
              address: null,
              gridId: 'M1',
              gridName: '一网格',
              groupId: 'G1',
              groupName: '一组',
            },
          ],
          cursor: null,
        })
      if (path.startsWith('/entries?'))
        return json(200, {
          items: decided ? [] : [PENDING],
          cursor: null,
        })
      if (method === 'POST' && path === '/entries/E1/approve') {
        decided = true
        return json(200, { status: 'approved' })
      }
      return json(404, {})
    })
    const { container } = render(<Queue />)
    expect(await screen.findByText('王秀英 · 参加村民会议')).toBeTruthy()
    expect(container.querySelector('img')?.getAttribute('src')).toBe('http://s3/k1')
    expect((screen.getByText('退回') as HTMLButtonElement).disabled).toBe(true)
    expect(calls.find((c) => c.path.startsWith('/entries?'))!.path).toMatch(
      /villageId=V1&month=\d{4}-\d{2}&status=pending/,
    )

    fireEvent.click(screen.getByText('通过'))
    expect(await screen.findByText('这个月没有待审核的记分')).toBeTruthy()
  })
})

describe('the villager’s month', () => {
  it('shows the score by 自治/法治/德治, the place in the village, and takes an objection in the window', async () => {
    signIn(VILLAGER)
    const deadline = new Date(Date.now() + 86_400_000).toISOString()
    stand.answer(({ method, path }) => {
      if (path.startsWith('/villages/V1/months/') && method === 'GET')
        return json(200, {
          villageId: 'V1',
          month: '2026-10',
          status: 'published',
          over: true,
          publishedAt: '2026-11-01T00:00:00Z',
          objectionDeadline: deadline,
          households: [
            {
              householdId: 'H9',
              headName: '王*英',
              byDimension: { autonomy: 5, law: 3, virtue: 4 },
              score: 12,
              blended: null,
              beans: 120,
            },
            {
              householdId: 'H1',
              headName: '陈*兰',
              byDimension: { autonomy: 2, law: 3, virtue: 2 },
              score: 7,
              blended: null,
              beans: 70,
            },
          ],
          grids: [],
          groups: [],
        })
      if (path.startsWith('/entries?')) return json(200, { items: [], cursor: null })
      if (method === 'POST' && path.endsWith('/objections')) return json(201, { id: 'O1' })
      return json(404, {})
    })
    render(<VillagerMonth />)
    const card = await screen.findByTestId('my-score')
    expect(card.textContent).toContain('7 分')
    expect(card.textContent).toContain('自治2法治3德治2')
    expect(card.textContent).toContain('第 2 名 / 共 2 户')

    fireEvent.change(screen.getByLabelText('请写明哪一条不对、为什么'), {
      target: { value: '垃圾分类那次我家做到了' },
    })
    fireEvent.click(screen.getByText('提出异议'))
    expect(await screen.findByText('异议已提交，村里会在公示期内答复')).toBeTruthy()
    expect(posts(calls.find((c) => c.method === 'POST')!.path)[0]!.body).toEqual({
      householdId: 'H1',
      reason: '垃圾分类那次我家做到了',
    })
  })
})

describe('the bean statement', () => {
  it('shows where every bean came from, a page at a time, newest first', async () => {
    signIn(VILLAGER)
    const posting = (id: string, kind: string, amount: number, source: object) => ({
      id,
      kind,
      amount,
      balanceAfter: 0,
      source: { id: `s-${id}`, ...source },
      at: '2026-11-08T02:00:00.000Z',
    })
    stand.answer(({ path }) => {
      if (path === '/households/H1/ledger')
        return json(200, {
          balance: 42,
          items: [posting('L3', 'redemption', -10, { type: 'redemption' })],
          cursor: 'c1',
        })
      if (path === '/households/H1/ledger?cursor=c1')
        return json(200, {
          balance: 42,
          items: [
            posting('L2', 'adjustment', 2, { type: 'adjustment', reason: '补录' }),
            posting('L1', 'monthly', 50, { type: 'month', month: '2026-10' }),
          ],
          cursor: null,
        })
      return json(404, {})
    })
    render(<Ledger />)
    const ledger = await screen.findByTestId('ledger')
    expect(ledger.textContent).toContain('超市兑换')
    expect(ledger.textContent).toContain('-10')
    expect(screen.getByText('42')).toBeTruthy()

    fireEvent.click(screen.getByText('查看更早的'))
    await waitFor(() =>
      expect(screen.getByTestId('ledger').textContent).toContain('月度积分（2026-10）'),
    )
    expect(screen.getByTestId('ledger').textContent).toContain('镇里调整：补录')
    expect(screen.getByTestId('ledger').textContent).toContain('2026-11-08 10:00')
    expect(screen.queryByText('查看更早的')).toBeNull()
  })
})

describe('the roster', () => {
  const village = (households: number) =>
    json(200, {
      id: 'V1',
      name: '东尉村',
      grids: [
        {
          id: 'M1',
          name: '第一微网格',
          groups: [{ id: 'G1', name: '第一联户小组', households }],
        },
      ],
    })

  it('enters a pasted list into a group, retries only what failed under its own key, and issues a bind code', async () => {
    signIn({ ...BOARD, role: 'infoAdmin' }, null)
    let lost = 0
    let seq = 0
    stand.answer(({ method, path, body }) => {
      if (path === '/villages/V1') return village(3)
      if (method === 'POST' && path === '/groups/G1/households')
        return json(201, { id: `H${++seq}` })
      if (method === 'POST' && path === '/people') {
        // 李秀英's line never gets an answer the first time round (four tries).
        if (body.name === '李秀英' && lost++ < 4) throw new Error('request:fail')
        return json(201, { id: `P-${body.householdId}` })
      }
      if (method === 'POST' && path === '/people/P-H1/bind-code')
        return json(201, { bindCode: 'K7Q2M9', expiresAt: '2026-12-03T00:00:00Z' })
      return json(404, {})
    })
    render(<Roster />)
    fireEvent.click(await screen.findByText('第一微网格 · 第一联户小组（3 户）'))
    fireEvent.change(screen.getByLabelText('textarea'), {
      target: { value: '张建国 东尉村12号 13800000001\n李秀英 13900000002' },
    })
    fireEvent.click(screen.getByText('录入 2 户'))
    expect(await screen.findByText('网络不好，请稍后再试', {}, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getByTestId('roster-progress').textContent).toBe('已录入 1 / 2 户')

    fireEvent.click(screen.getByText('重试没有成功的 1 户'))
    await waitFor(() =>
      expect(screen.getByTestId('roster-progress').textContent).toBe('已录入 2 / 2 户'),
    )
    expect(posts('/groups/G1/households')).toHaveLength(2)
    const people = posts('/people')
    expect(people.map((c) => c.body.name)).toEqual(['张建国', ...Array(5).fill('李秀英')])
    // Every try of a line carries that line's key: the server makes its person once.
    expect(new Set(people.slice(1).map((c) => c.headers['idempotency-key'])).size).toBe(1)
    expect(people[0]!.headers['idempotency-key']).not.toBe(people[1]!.headers['idempotency-key'])
    expect(posts('/groups/G1/households')[0]!.body).toEqual({
      headName: '张建国',
      address: '东尉村12号',
    })

    fireEvent.click(screen.getAllByText('绑定码')[0]!)
    expect(await screen.findByText('绑定码 K7Q2M9（请尽快交给本人）')).toBeTruthy()
  }, 20_000)

  it('lets a phone the town already has be corrected on its line, and sends it under a new key', async () => {
    signIn({ ...BOARD, role: 'infoAdmin' }, null)
    stand.answer(({ method, path, body }) => {
      if (path === '/villages/V1') return village(0)
      if (method === 'POST' && path === '/groups/G1/households') return json(201, { id: 'H1' })
      if (method === 'POST' && path === '/people')
        return body.phone === '13900000002'
          ? refusal(
              409,
              'CONFLICT',
              '该手机号已登记在本镇 / this phone number is already on the town roster',
            )
          : json(201, { id: 'P-H1' })
      return json(404, {})
    })
    render(<Roster />)
    fireEvent.click(await screen.findByText('第一微网格 · 第一联户小组（0 户）'))
    fireEvent.change(screen.getByLabelText('textarea'), { target: { value: '李秀英 13900000002' } })
    fireEvent.click(screen.getByText('录入 1 户'))
    const phone = await screen.findByLabelText('改正手机号（也可不填）')
    expect(screen.getByText(/该手机号已登记在本镇/)).toBeTruthy()

    fireEvent.change(phone, { target: { value: '1390000' } })
    fireEvent.click(screen.getByText('重试没有成功的 1 户'))
    expect(await screen.findByText('手机号应为 11 位数字')).toBeTruthy()
    fireEvent.change(phone, { target: { value: '13900000003' } })
    fireEvent.click(screen.getByText('重试没有成功的 1 户'))
    await waitFor(() =>
      expect(screen.getByTestId('roster-progress').textContent).toBe('已录入 1 / 1 户'),
    )

    expect(posts('/groups/G1/households')).toHaveLength(1)
    const people = posts('/people')
    expect(people.map((c) => c.body.phone)).toEqual(['13900000002', '13900000003'])
    expect(people[0]!.headers['idempotency-key']).not.toBe(people[1]!.headers['idempotency-key'])
  })
})
