import { ShopItemInputSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { numberOr, useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'
import { GoodsActions } from './GoodsActions'

/** A shop's goods: price, stock and whether on the shelf; add, reprice, restock, withdraw. */
export function ShopGoods({ shopId }: { shopId: string }) {
  const goods = useLoad(
    async () => (await call('listShopItems', { params: { shopId } })).items,
    [shopId],
  )
  const write = useWrite()
  const form = useForm(
    { name: '', price: '', stock: '' },
    ShopItemInputSchema,
    (v) => ({
      name: v.name,
      price: numberOr(v.price),
      stock: numberOr(v.stock),
    }),
    { name: '商品名称', price: '价格' },
  )
  const add = () =>
    write
      .run(
        () => call('createShopItem', { params: { shopId }, body: form.body! }),
        `已上架：${form.body!.name}`,
      )
      .then((ok) => {
        if (!ok) return
        form.reset()
        goods.reload()
      })
  return (
    <View>
      <Text className="subtitle">商品</Text>
      <Outcome write={write} />
      <Loadable load={goods} empty="还没有商品：在下面上架">
        {(items) => (
          <DataTable
            name="商品"
            rows={items}
            rowKey={(g) => g.id}
            columns={[
              { title: '商品', value: (g) => g.name },
              { title: '价格（豆）', value: (g) => g.price },
              { title: '库存', value: (g) => g.stock ?? '不限' },
              {
                title: '状态',
                value: (g) => (g.active === false ? '已下架' : '在售'),
                show: (g) => (
                  <Text className={g.active === false ? 'office-off' : ''}>
                    {g.active === false ? '已下架' : '在售'}
                  </Text>
                ),
              },
              {
                title: '操作',
                wide: true,
                value: () => '',
                show: (g) => (
                  <GoodsActions shopId={shopId} goods={g} write={write} changed={goods.reload} />
                ),
              },
            ]}
          />
        )}
      </Loadable>
      <View className="office-form">
        <FormField form={form} name="name" label="商品名称" />
        <FormField form={form} name="price" label="价格（山药豆）" />
        <FormField form={form} name="stock" label="库存（不限可不填）" />
        <Button disabled={!form.body} loading={write.busy} onClick={add}>
          上架
        </Button>
      </View>
    </View>
  )
}
