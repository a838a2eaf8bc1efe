import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { clearSession, loadSession } from '../../api/client'
import { household as fetchHousehold, payCode as fetchPayCode } from '../../api/session'
import { qrDataUrl } from '../../components/qr'
import './index.css'

const ROLE_NAMES: Record<string, string> = {
  villager: '村民',
  linkLeader: '联户小组长',
  gridLeader: '微网格长',
  villageLeader: '村级网格长',
  infoAdmin: '信息管理员',
  reviewBoard: '领导小组成员',
  clerk: '超市店员',
  townAdmin: '镇管理员',
}

/** The pay code is renewed every 30 s; it is valid for 60. */
const REFRESH_MS = 30_000

export default function Home() {
  const session = loadSession()
  const [balance, setBalance] = useState<number | null>(null)
  const [code, setCode] = useState<{ qr: string; expiresAt: number } | null>(null)
  const [now, setNow] = useState(Date.now())
  const [error, setError] = useState('')
  const householdId = session?.user.householdId

  useDidShow(() => {
    if (!session) void Taro.reLaunch({ url: '/pages/login/index' })
  })

  useEffect(() => {
    if (!householdId) return
    fetchHousehold(householdId).then(
      (h) => setBalance(h.balance),
      (err: Error) => setError(err.message),
    )
    const renew = () =>
      fetchPayCode(householdId).then(
        (c) => setCode({ qr: qrDataUrl(c.code), expiresAt: Date.parse(c.expiresAt) }),
        (err: Error) => setError(err.message),
      )
    void renew()
    // Keeps the screen bright while the clerk scans (a WeChat feature; browsers have none).
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
    const refresh = setInterval(renew, REFRESH_MS)
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => {
      clearInterval(refresh)
      clearInterval(tick)
    }
  }, [householdId])

  if (!session) return <View />
  return (
    <View className="home">
      <Text className="home__name">{session.user.name}，您好</Text>
      <Text className="home__roles">
        {session.user.roles.map((r) => ROLE_NAMES[r.role]).join(' · ')}
      </Text>
      {householdId && (
        <View className="home__card">
          <Text className="home__label">我家的山药豆</Text>
          <Text className="home__beans" data-testid="balance">
            {balance ?? '…'}
          </Text>
          <Text className="home__label">付款码（请给超市店员扫）</Text>
          {code ? (
            <View>
              <Image className="home__qr" src={code.qr} data-testid="pay-code" />
              <Text className="home__countdown">
                {Math.max(0, Math.ceil((code.expiresAt - now) / 1000))} 秒后自动刷新
              </Text>
            </View>
          ) : (
            <Text className="home__label">正在生成付款码…</Text>
          )}
        </View>
      )}
      {error && <Text className="home__error">{error}，请下拉刷新或稍后再试</Text>}
      <Button
        className="home__logout"
        onClick={() => {
          clearSession()
          void Taro.reLaunch({ url: '/pages/login/index' })
        }}
      >
        退出登录
      </Button>
    </View>
  )
}
