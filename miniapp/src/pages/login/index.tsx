import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { Screen } from '../../components/Screen'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ApiError, SESSION_EXPIRED, sessionHasExpired } from '../../api/client'
import { devLogin, wechatLogin } from '../../api/session'
import './index.css'

const IN_WECHAT = process.env.TARO_ENV === 'weapp'

/** The demo town's people, for the browser build on the local stage. */
const DEMO = [
  { phone: '13800000008', who: '村民 陈桂兰' },
  { phone: '13800000006', who: '联户小组长 王秀英' },
  { phone: '13800000005', who: '微网格长 郑海波' },
  { phone: '13800000002', who: '村级网格长 孙立军' },
  { phone: '13800000003', who: '信息管理员 周晓燕' },
  { phone: '13800000004', who: '领导小组 吴国庆' },
  { phone: '13800000007', who: '超市店员 冯丽' },
  { phone: '13800000001', who: '镇管理员 赵涛' },
]

export default function Login() {
  const [phone, setPhone] = useState('')
  const [bindCode, setBindCode] = useState('')
  const [needsBinding, setNeedsBinding] = useState(false)
  const [error, setError] = useState(() => (sessionHasExpired() ? SESSION_EXPIRED : ''))
  const [busy, setBusy] = useState(false)

  async function signIn(run: () => Promise<unknown>) {
    setBusy(true)
    setError('')
    try {
      await run()
      await Taro.reLaunch({ url: '/pages/index/index' })
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NOT_BOUND') setNeedsBinding(true)
      setError(err instanceof Error ? err.message : '登录失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className="login">
      <Text className="login__title">积分宝</Text>
      <Text className="login__subtitle">山药豆 · 共富超市</Text>
      {IN_WECHAT ? (
        <View>
          {needsBinding && (
            <Field
              placeholder="请输入信息管理员给您的绑定码"
              value={bindCode}
              onChange={setBindCode}
            />
          )}
          <Button
            className="button"
            loading={busy}
            onClick={() => signIn(() => wechatLogin(bindCode || undefined))}
          >
            {needsBinding ? '绑定并登录' : '微信一键登录'}
          </Button>
        </View>
      ) : (
        <View>
          <Field type="number" placeholder="手机号" value={phone} onChange={setPhone} />
          <Button className="button" loading={busy} onClick={() => signIn(() => devLogin(phone))}>
            登录
          </Button>
          <Text className="login__hint">演示账号（本地环境）：</Text>
          {DEMO.map((d) => (
            <Button
              key={d.phone}
              className="button button--plain"
              onClick={() => signIn(() => devLogin(d.phone))}
            >
              {d.who}
            </Button>
          ))}
        </View>
      )}
      {error && <Text className="error">{error}</Text>}
    </Screen>
  )
}
