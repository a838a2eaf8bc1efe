import { receiptNumber } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { useState } from 'react'
import { OfflineError } from '../../api/client'
import { redeem, scan, shopGoods } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { addOne, cartLines, cartTotal, removeOne, type Cart } from '../../lib/cart'
import { savedUnit } from '../../lib/roles'
import { scanQrCode } from '../../lib/scan'
import { useLoad } from '../../lib/useLoad'
import { useWriteKey } from '../../lib/writeKey'

type Preview = Awaited<ReturnType<typeof scan>>
type Receipt = Awaited<ReturnType<typeof redeem>>

/**
 * The till: scan the villager's pay code, see whose it is (name masked) and what they have,
 * put goods in the cart, confirm. A confirm whose answer was lost is sent again with the
 * same Idempotency-Key, so the household is charged once however often the clerk taps.
 */
export default function Till() {
  const shopId = savedUnit()?.scopeId ?? ''
  const goods = useLoad(
    async () => (await shopGoods(shopId)).items.filter((g) => g.active !== false),
    [],
  )
  const [code, setCode] = useState('')
  const [payer, setPayer] = useState<Preview | null>(null)
  const [cart, setCart] = useState<Cart>({})
  // One key per cart: kept while a confirm is in doubt, renewed after an answer.
  const write = useWriteKey()
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const list = goods.state === 'ready' ? goods.data : []
  const total = cartTotal(cart, list)

  async function startScan() {
    setError('')
    setReceipt(null)
    try {
      const scanned = await scanQrCode()
      if (!scanned) throw new Error('没有认出付款码，请让村民把付款码放大、对准再试')
      setPayer(await scan(shopId, scanned))
      setCode(scanned)
      setCart({})
      write.renew()
    } catch (err) {
      setError((err as Error).message ?? '扫码没有成功，请再试一次')
    }
  }

  async function confirm() {
    setBusy(true)
    setError('')
    try {
      setReceipt(await redeem(shopId, { code, lines: cartLines(cart, list) }, write.key))
      setPayer(null)
      write.settle()
    } catch (err) {
      write.settle(err)
      setError(
        err instanceof OfflineError
          ? '网络断了，不知道是否已扣豆。请再点一次“确认兑换”（不会重复扣豆），或到“今日兑换”里查看'
          : (err as Error).message,
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen>
      <Text className="title">扫码兑换</Text>
      {error && (
        <Text className="error" data-testid="till-error">
          {error}
        </Text>
      )}
      {receipt && (
        <View className="card" data-testid="receipt">
          <Text className="notice">兑换成功，共 {receipt.total} 豆</Text>
          <View className="row">
            <Text>{receipt.headName} 户</Text>
            <Text className="muted">单号 {receiptNumber(receipt.id)}</Text>
          </View>
          {receipt.lines.map((l) => (
            <View className="row" key={l.itemId}>
              <Text>
                {l.name} × {l.qty}
              </Text>
              <Text>{l.beans} 豆</Text>
            </View>
          ))}
          <Text className="muted">这户还剩 {receipt.balanceAfter} 豆</Text>
        </View>
      )}
      {!payer ? (
        <Button className="button" onClick={startScan}>
          {process.env.TARO_ENV === 'weapp' ? '扫村民付款码' : '拍照或上传付款码'}
        </Button>
      ) : (
        <View>
          <View className="card" data-testid="payer">
            <Text>{payer.headName} 户</Text>
            <Text className="big">{payer.balance}</Text>
            <Text className="muted">现有山药豆</Text>
          </View>
          <Loadable load={goods} empty="本店还没有商品，请联系镇管理员上架">
            {(items) => (
              <View className="card">
                {items.map((g) => (
                  <View className="row" key={g.id}>
                    <View>
                      <Text>{g.name}</Text>
                      <Text className="hint">
                        {g.price} 豆{g.stock !== null && ` · 库存 ${g.stock}`}
                      </Text>
                    </View>
                    <View className="till__qty">
                      <Button
                        size="mini"
                        disabled={write.inDoubt}
                        label={`少拿一件${g.name}`}
                        onClick={() => setCart(removeOne(cart, g.id))}
                      >
                        −
                      </Button>
                      <Text> {cart[g.id] ?? 0} </Text>
                      <Button
                        size="mini"
                        disabled={write.inDoubt}
                        label={`多拿一件${g.name}`}
                        onClick={() => setCart(addOne(cart, g))}
                      >
                        +
                      </Button>
                    </View>
                  </View>
                ))}
              </View>
            )}
          </Loadable>
          <Text className={total > payer.balance ? 'error' : 'muted'}>
            合计 {total} 豆{total > payer.balance && '，山药豆不够'}
          </Text>
          <Button
            className="button"
            disabled={total === 0 || total > payer.balance}
            loading={busy}
            onClick={confirm}
          >
            确认兑换
          </Button>
          <Button
            className="button button--plain"
            onClick={() => {
              setPayer(null)
              write.renew()
            }}
          >
            取消
          </Button>
        </View>
      )}
    </Screen>
  )
}
