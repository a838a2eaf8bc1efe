import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { saveSession } from '../src/api/client'
import { Loadable } from '../src/components/Loadable'
import { useLoad } from '../src/lib/useLoad'
import { useRenewingCode } from '../src/lib/useRenewingCode'
import Home from '../src/pages/index/index'
import { CLERK, householdH1, json, signIn, VILLAGER } from './fixtures'
import { calls, navigations, stand } from './taro'

afterEach(cleanup)

function List({ load }: { load: () => Promise<string[]> }) {
  const state = useLoad(load, [])
  return (
    <Loadable load={state} empty="还没有记录">
      {(items) => (
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </Loadable>
  )
}

describe('every list', () => {
  it('shows loading, then the items', async () => {
    render(<List load={async () => ['大米']} />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText('大米')).toBeTruthy()
  })

  it('says when it is empty', async () => {
    render(<List load={async () => []} />)
    expect(await screen.findByText('还没有记录')).toBeTruthy()
  })

  it('says what went wrong and loads again on request', async () => {
    let fail = true
    render(
      <List
        load={async () => {
          if (fail) throw new Error('网络不好，请稍后再试')
          return ['肥皂']
        }}
      />,
    )
    expect(await screen.findByText('网络不好，请稍后再试')).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByText('重新加载'))
    expect(await screen.findByText('肥皂')).toBeTruthy()
  })
})

/** The check-in desk's timings: renewed every 45 s, each code shown 55 s at most. */
function CheckInCode({ fetchCode }: { fetchCode: () => Promise<string> }) {
  const code = useRenewingCode(fetchCode, 45_000, 55_000)
  return (
    <div>
      <span>{code.code ?? '没有码'}</span>
      <span>{`${code.renewsIn ?? '-'} 秒`}</span>
      {code.error && <button onClick={() => void code.renew()}>{code.error}</button>}
    </div>
  )
}

describe('a code someone else scans (the pay code, the check-in code)', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('is renewed on time, and taken off the screen when it could not be, before it expires', async () => {
    let issued = 0
    let offline = false
    const fetchCode = async () => {
      if (offline) throw new Error('网络不好，请稍后再试')
      return `码${++issued}`
    }
    render(<CheckInCode fetchCode={fetchCode} />)
    expect(await screen.findByText('码1')).toBeTruthy()
    expect(screen.getByText('45 秒')).toBeTruthy()
    await act(async () => {
      await jest.advanceTimersByTimeAsync(45_000)
    })
    expect(screen.getByText('码2')).toBeTruthy()

    offline = true
    await act(async () => {
      await jest.advanceTimersByTimeAsync(54_000)
    })
    expect(screen.getByText('码2')).toBeTruthy()
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1_000)
    })
    expect(screen.getByText('没有码')).toBeTruthy()
    expect(screen.getByText('- 秒')).toBeTruthy()

    offline = false
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '网络不好，请稍后再试' }))
    })
    expect(screen.getByText('码3')).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })
})

describe('the home screen', () => {
  let payCodeOffline = false
  let unitsOffline = false
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    signIn(VILLAGER)
    payCodeOffline = false
    unitsOffline = false
    stand.answer(({ method, path }) => {
      if (path === '/me/units') {
        if (unitsOffline) throw new Error('request:fail')
        return json(200, { items: [VILLAGER, CLERK], cursor: null })
      }
      if (path === '/households/H1') return json(200, householdH1('陈桂兰', 57))
      if (method === 'POST' && path === '/households/H1/pay-code') {
        if (payCodeOffline) throw new Error('request:fail')
        return json(201, {
          code: `P1.${calls.length}`,
          expiresAt: new Date(Date.now() + 60_000).toISOString(),
        })
      }
      return json(404, {})
    })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('shows a villager the beans and a pay code that renews every 30 seconds', async () => {
    render(<Home />)
    expect(await screen.findByText('57')).toBeTruthy()
    const first = (await screen.findByTestId('pay-code')).getAttribute('src')
    expect(first).toMatch(/^data:image\/gif;base64,/)
    expect(screen.getByText('30 秒后自动刷新')).toBeTruthy()

    await act(async () => {
      jest.advanceTimersByTime(30_000)
    })
    await waitFor(() => expect(screen.getByTestId('pay-code').getAttribute('src')).not.toBe(first))
    expect(calls.filter((c) => c.path === '/households/H1/pay-code')).toHaveLength(2)
  })

  it('takes a code it could not renew off the screen before it expires, and makes one on a tap', async () => {
    render(<Home />)
    const first = (await screen.findByTestId('pay-code')).getAttribute('src')
    payCodeOffline = true

    // The renewal at 30 s fails after its retries; the code still shown is valid until 60 s.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(40_000)
    })
    expect(screen.getByText('付款码没有刷新：网络不好，请稍后再试')).toBeTruthy()
    expect(screen.getByTestId('pay-code').getAttribute('src')).toBe(first)
    await act(async () => {
      await jest.advanceTimersByTimeAsync(15_000)
    })
    expect(screen.queryByTestId('pay-code')).toBeNull()

    payCodeOffline = false
    await act(async () => {
      fireEvent.click(screen.getByText('重新生成付款码'))
    })
    await waitFor(() => expect(screen.getByTestId('pay-code').getAttribute('src')).not.toBe(first))
    expect(screen.queryByText('重新生成付款码')).toBeNull()
  })

  it('lets a person with two roles switch, and remembers the choice', async () => {
    render(<Home />)
    fireEvent.click(await screen.findByText('东尉村共富超市 · 超市店员'))
    expect(screen.getByText('扫码兑换')).toBeTruthy()
    expect(screen.queryByTestId('balance')).toBeNull()
    cleanup()

    render(<Home />)
    expect(await screen.findByText('扫码兑换')).toBeTruthy()
    fireEvent.click(screen.getByText('今日兑换'))
    await waitFor(() => expect(navigations).toEqual(['/clerk/today/index']))
  })

  it('opens from the units this person had last time while it asks again, never from another person’s', async () => {
    render(<Home />)
    await screen.findByText('57')
    cleanup()

    // No signal for the units: the beans and the pay code are asked for at once all the same.
    unitsOffline = true
    calls.length = 0
    render(<Home />)
    expect(screen.getByTestId('role-switch')).toBeTruthy()
    expect(await screen.findByText('57')).toBeTruthy()
    expect(await screen.findByTestId('pay-code')).toBeTruthy()
    expect(calls.map((c) => c.path)).toEqual(
      expect.arrayContaining(['/me/units', '/households/H1', '/households/H1/pay-code']),
    )
    await act(async () => {
      await jest.advanceTimersByTimeAsync(10_000)
    })
    expect(screen.getByText('身份没有刷新（网络不好，请稍后再试），这是上次的')).toBeTruthy()
    expect(screen.getByTestId('pay-code')).toBeTruthy()
    cleanup()

    // Another person signs in on this phone (a family shares one): nothing of the first's shows.
    saveSession({
      token: 'token-2',
      user: { id: 'P2', name: '陈建国', townId: 'T1', householdId: null, roles: [] },
    })
    calls.length = 0
    render(<Home />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(screen.queryByTestId('role-switch')).toBeNull()
    expect(screen.queryByText('57')).toBeNull()
    expect(calls.map((c) => c.path)).toEqual(['/me/units'])
  })

  it('keeps care mode (长辈版) on once it is switched on', async () => {
    const { container } = render(<Home />)
    await screen.findByText('57')
    fireEvent.click(screen.getByRole('button', { name: /长辈版/ }))
    expect(container.querySelector('.screen--care')).toBeTruthy()
    cleanup()

    const again = render(<Home />)
    expect(again.container.querySelector('.screen--care')).toBeTruthy()
    await screen.findByText('57')
  })
})
