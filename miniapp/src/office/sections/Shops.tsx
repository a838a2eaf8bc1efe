import { SHOP_KIND_NAMES } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { Outcome } from '../parts/Outcome'
import type { Office } from '../parts/office'
import { useWrite } from '../parts/useWrite'
import { ShopGoods } from './ShopGoods'
import { ShopStatement } from './ShopStatement'
import { NewPerson } from './NewPerson'
import { NewShop } from './NewShop'

/** A new clerk: a person without a household, made the shop's clerk at once. */
function NewClerk({ shopId }: { shopId: string }) {
  const write = useWrite()
  return (
    <View className="office-form">
      <Text className="subtitle">添加店员</Text>
      <NewPerson
        added={(personId) =>
          write.run(
            () => call('grantRole', { body: { personId, role: 'clerk', scopeId: shopId } }),
            '已任命为本店店员',
          )
        }
      />
      <Outcome write={write} />
    </View>
  )
}

/** The town's shops: the villages each serves, its goods, clerks and statement. */
export function Shops({ office }: { office: Office }) {
  const shops = useLoad(async () => (await call('listShops')).items, [])
  const [open, setOpen] = useState<string>()
  const nameOf = (id: string) => office.villages.find((v) => v.id === id)?.name ?? id
  return (
    <View>
      <Loadable load={shops} empty="还没有超市：在下面添加">
        {(items) => (
          <DataTable
            name="超市"
            rows={items}
            rowKey={(s) => s.id}
            columns={[
              { title: '名称', value: (s) => s.name },
              { title: '类型', value: (s) => SHOP_KIND_NAMES[s.kind] },
              {
                title: '服务',
                value: (s) => (s.villageIds?.length ? s.villageIds.map(nameOf).join('、') : '全镇'),
              },
              {
                title: '操作',
                wide: true,
                value: () => '',
                show: (s) => (
                  <Button
                    className="button button--small"
                    label={`打开 ${s.name}`}
                    onClick={() => setOpen(s.id)}
                  >
                    打开
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {open && (
        <View className="card office-panel" key={open}>
          <ShopGoods shopId={open} />
          <NewClerk shopId={open} />
          <ShopStatement shopId={open} />
        </View>
      )}
      {office.isTown && <NewShop office={office} added={shops.reload} />}
    </View>
  )
}
