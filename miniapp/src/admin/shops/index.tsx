import { SHOP_KIND_NAMES, SHOP_KINDS } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { Field, NumberField } from '../../components/Field'
import { readWholeNumber } from '../../lib/number'
import { useState } from 'react'
import { addGoods, createShop, shopGoods, shops } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { Tappable } from '../../components/Tappable'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'

/** One shop's goods, and the form that puts new goods on its shelf. */
function Goods({ shopId }: { shopId: string }) {
  const goods = useLoad(async () => (await shopGoods(shopId)).items, [shopId])
  const [name, setName] = useState('')
  const [price, setPrice] = useState('')
  const [stock, setStock] = useState('')

  const priceRead = readWholeNumber(price, '价格', { min: 1 })
  const stockRead = readWholeNumber(stock, '库存', { min: 0, optional: true })

  const action = useAction()
  const add = () =>
    action.run(async () => {
      await addGoods(shopId, {
        name: name.trim(),
        price: priceRead.value!,
        ...(stockRead.value !== null && { stock: stockRead.value }),
      })
      setName('')
      setPrice('')
      setStock('')
      goods.reload()
    })

  return (
    <View className="card">
      <Loadable load={goods} empty="还没有商品">
        {(items) => (
          <View>
            {items.map((g) => (
              <View className="row" key={g.id}>
                <Text>{g.name}</Text>
                <Text>
                  {g.price} 豆{g.stock !== null && ` · 库存 ${g.stock}`}
                </Text>
              </View>
            ))}
          </View>
        )}
      </Loadable>
      <Field placeholder="商品名称" value={name} onChange={setName} />
      <NumberField
        placeholder="价格（山药豆）"
        value={price}
        onChange={setPrice}
        read={priceRead}
      />
      <NumberField
        placeholder="库存（不限可不填）"
        value={stock}
        onChange={setStock}
        read={stockRead}
      />
      {action.error && <Text className="error">{action.error}</Text>}
      <Button
        className="button"
        disabled={!name.trim() || !!priceRead.problem || !!stockRead.problem}
        onClick={add}
      >
        上架
      </Button>
    </View>
  )
}

/** The town's shops and partner units; open one to see and add its goods. */
export default function Shops() {
  const list = useLoad(async () => (await shops()).items, [])
  const [open, setOpen] = useState('')
  const [name, setName] = useState('')
  const [kind, setKind] = useState<(typeof SHOP_KINDS)[number]>('supermarket')

  const action = useAction()
  const add = () =>
    action.run(async () => {
      const { id } = await createShop({ name: name.trim(), kind })
      setName('')
      setOpen(id)
      list.reload()
    })

  return (
    <Screen>
      <Text className="title">超市与商品</Text>
      <Loadable load={list} empty="还没有超市或合作单位，请在下面添加">
        {(items) => (
          <View>
            {items.map((s) => (
              <View key={s.id}>
                <Tappable
                  className="card row"
                  pressed={open === s.id}
                  onTap={() => setOpen(open === s.id ? '' : s.id)}
                >
                  <Text>{s.name}</Text>
                  <Text className="muted">{SHOP_KIND_NAMES[s.kind]}</Text>
                </Tappable>
                {open === s.id && <Goods shopId={s.id} />}
              </View>
            ))}
          </View>
        )}
      </Loadable>
      <View className="card">
        <Text>添加超市或合作单位</Text>
        <Field placeholder="名称" value={name} onChange={setName} />
        <Chips
          options={SHOP_KINDS}
          value={kind}
          onChange={setKind}
          label={(k) => SHOP_KIND_NAMES[k]}
        />
        {action.error && <Text className="error">{action.error}</Text>}
        <Button className="button" disabled={!name.trim()} onClick={add}>
          添加
        </Button>
      </View>
    </Screen>
  )
}
