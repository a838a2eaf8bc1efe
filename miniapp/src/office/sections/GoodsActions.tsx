import type { AnswerOf, Routes } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { readWholeNumber } from '../../lib/number'
import type { Write } from '../parts/useWrite'

type Goods = AnswerOf<Routes['listShopItems']>['items'][number]

/** A row's changes: a new price or stock typed in, or taking it off the shelf (or back). */
export function GoodsActions({
  shopId,
  goods,
  write,
  changed,
}: {
  shopId: string
  goods: Goods
  write: Write
  changed: () => void
}) {
  const [text, setText] = useState('')
  const number = readWholeNumber(text, '数目', { min: 0 })
  const patch = (body: object, said: string) =>
    write
      .run(() => call('patchShopItem', { params: { shopId, itemId: goods.id }, body }), said)
      .then(changed)
  const active = goods.active !== false
  return (
    <View className="office-actions">
      <Field
        placeholder="新价格或库存"
        label={`${goods.name} 的新价格或库存`}
        value={text}
        onChange={setText}
      />
      <Button
        className="button button--small"
        disabled={!!number.problem}
        onClick={() => patch({ price: number.value }, `${goods.name} 改为 ${number.value} 豆`)}
      >
        改价
      </Button>
      <Button
        className="button button--small"
        disabled={!!number.problem}
        onClick={() => patch({ stock: number.value }, `${goods.name} 库存改为 ${number.value}`)}
      >
        改库存
      </Button>
      <Button
        className="button button--small"
        onClick={() =>
          patch({ active: !active }, active ? `${goods.name} 已下架` : `${goods.name} 已上架`)
        }
      >
        {active ? '下架' : '重新上架'}
      </Button>
    </View>
  )
}
