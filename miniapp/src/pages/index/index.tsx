import { Image, Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { clearSession, loadSession } from '../../api/client'
import { myUnits } from '../../api/routes'
import { household as fetchHousehold, payCode as fetchPayCode } from '../../api/session'
import { Chips } from '../../components/Chips'
import { CodeNotRenewed } from '../../components/CodeNotRenewed'
import { Loadable } from '../../components/Loadable'
import { Notices } from '../../components/Notices'
import { Tappable } from '../../components/Tappable'
import { Screen } from '../../components/Screen'
import { qrDataUrl } from '../../components/qr'
import { useCareMode } from '../../lib/care'
import {
  chooseUnit,
  currentUnit,
  rememberedUnits,
  rememberUnits,
  TILES,
  unitLabel,
  type Unit,
} from '../../lib/roles'
import { openPage, takeUnopened } from '../../lib/unopened'
import { useLoad } from '../../lib/useLoad'
import { useRenewingCode } from '../../lib/useRenewingCode'
import './index.css'

/** The pay code is renewed every 30 s; it is valid for 60, and shown for 55 at most. */
const REFRESH_MS = 30_000
const SHOWN_MS = 55_000

/**
 * The household's beans in a big number, and the pay code the clerk scans: renewed on its
 * own, taken off the screen before it expires if it could not be, and asked for again with
 * a tap.
 */
function Beans({ householdId }: { householdId: string }) {
  const [balance, setBalance] = useState<number | null>(null)
  const [balanceError, setBalanceError] = useState('')

  // Each new code comes with a fresh balance: a purchase made with the last code shows
  // within 30 s.
  const fetchCode = useCallback(() => {
    void fetchHousehold(householdId).then(
      (h) => {
        setBalance(h.balance)
        setBalanceError('')
      },
      (err: Error) => setBalanceError(err.message),
    )
    return fetchPayCode(householdId).then((c) => qrDataUrl(c.code))
  }, [householdId])
  const code = useRenewingCode(fetchCode, REFRESH_MS, SHOWN_MS)

  useEffect(() => {
    // Keeps the screen bright while the clerk scans (a WeChat feature; browsers have none).
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
  }, [])

  return (
    <View className="card home__card">
      <Text className="home__label">我家的山药豆</Text>
      <Text className="big" data-testid="balance">
        {balance ?? '…'}
      </Text>
      {balanceError && <Text className="error">没有读到山药豆：{balanceError}</Text>}
      <Text className="home__label">
        付款码<Text className="home__aside">（请给超市店员扫）</Text>
      </Text>
      {/* The code's place is kept while it loads, so nothing below it jumps when it comes. */}
      <View className="home__qr-slot">
        {code.code ? (
          <Image
            className="home__qr"
            src={code.code}
            data-testid="pay-code"
            nativeProps={{ alt: '付款码二维码：请给超市店员扫描，付款用' }}
          />
        ) : (
          !code.error && <Text className="home__label">正在生成付款码…</Text>
        )}
      </View>
      <Text className="home__countdown">
        {code.renewsIn === undefined ? '\u00a0' : `${code.renewsIn} 秒后自动刷新`}
      </Text>
      <CodeNotRenewed what="付款码" code={code} />
    </View>
  )
}

/** The home screen adapts to the role the person works in; several roles can be switched. */
export default function Home() {
  const session = loadSession()
  const [care, setCare] = useCareMode()
  const [unit, setUnit] = useState<Unit>()
  const [unopened, setUnopened] = useState('')
  // A page never opened before comes over the network: without signal it cannot open.
  const open = (url: string) => {
    setUnopened('')
    void openPage(url, setUnopened)
  }
  const fetched = useLoad(async () => {
    if (!session) return []
    const { items } = await myUnits()
    rememberUnits(session.user.id, items)
    return items
  }, [session?.token])
  // Until they are answered again (or without signal), the units this person had last time.
  const [remembered] = useState(() => session && rememberedUnits(session.user.id))
  const units =
    fetched.state !== 'ready' && remembered
      ? { ...fetched, state: 'ready' as const, data: remembered }
      : fetched

  useDidShow(() => {
    if (!session) void Taro.reLaunch({ url: '/pages/login/index' })
    setUnopened(takeUnopened())
  })
  const list = units.state === 'ready' ? units.data : null
  useEffect(() => {
    const current = list && currentUnit(list)
    if (!current) return
    // Remembered at once, so the role's pages know their unit however they are opened.
    chooseUnit(current)
    setUnit(current)
  }, [list])

  if (!session) return <View />
  const choose = (u: Unit) => {
    chooseUnit(u)
    setUnit(u)
  }
  return (
    <Screen className="home">
      <Text className="title">{session.user.name}，您好</Text>
      <Tappable className="chip home__care" pressed={care} onTap={() => setCare(!care)}>
        长辈版（大字）：{care ? '已打开' : '已关闭'}
      </Tappable>
      {/* At least a screen tall: what loads into it never pushes 退出登录 about in view. */}
      <View className="home__body">
        <Loadable load={units} empty="您还没有任何身份，请联系村里的信息管理员">
          {(list) => (
            <View>
              {list.length > 1 && (
                <View className="home__switch" data-testid="role-switch">
                  <Text className="muted">您的身份（点一下切换）：</Text>
                  <Chips
                    options={list}
                    value={unit}
                    onChange={choose}
                    label={unitLabel}
                    keyOf={(u) => `${u.role}:${u.scopeId}`}
                  />
                </View>
              )}
              {unit && list.length === 1 && <Text className="muted">{unitLabel(unit)}</Text>}
              {fetched.state === 'failed' && (
                <Text className="hint">身份没有刷新（{fetched.message}），这是上次的</Text>
              )}
              {unit?.role === 'villager' && <Beans householdId={unit.scopeId} />}
              {unopened && <Text className="error">{unopened}</Text>}
              {unit &&
                TILES[unit.role].map((tile) => (
                  <Tappable key={tile.url} className="card home__tile" onTap={() => open(tile.url)}>
                    <Text className="home__tile-title">{tile.title}</Text>
                    <Text className="hint">{tile.hint}</Text>
                  </Tappable>
                ))}
              {unit?.villageId && unit.role !== 'clerk' && <Notices villageId={unit.villageId} />}
            </View>
          )}
        </Loadable>
      </View>
      <Button
        className="button button--plain"
        onClick={() => {
          clearSession()
          void Taro.reLaunch({ url: '/pages/login/index' })
        }}
      >
        退出登录
      </Button>
    </Screen>
  )
}
