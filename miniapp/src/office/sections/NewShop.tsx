import { SHOP_KIND_NAMES, ShopInputSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { FormChoice } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { PickMany } from '../parts/Picker'
import type { Office } from '../parts/office'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

/** A new shop or partner unit: its name, its kind and the villages it serves. */
export function NewShop({ office, added }: { office: Office; added: () => void }) {
  const [served, setServed] = useState<string[]>([])
  const form = useForm(
    { name: '', kind: 'supermarket' },
    ShopInputSchema,
    (v) => ({
      ...v,
      ...(served.length && { villageIds: served }),
    }),
    { name: '名称' },
  )
  const write = useWrite()
  const add = () =>
    write
      .run(() => call('createShop', { body: form.body! }), `已添加：${form.body!.name}`)
      .then((ok) => {
        if (!ok) return
        form.reset()
        setServed([])
        added()
      })
  return (
    <View className="card office-form">
      <Text className="subtitle">添加超市或合作单位</Text>
      <FormField form={form} name="name" label="名称" />
      <FormChoice form={form} name="kind" options={SHOP_KIND_NAMES} />
      <PickMany
        label="服务哪些村（不选＝全镇）"
        options={office.villages}
        value={served}
        onChange={setServed}
      />
      <Outcome write={write} />
      <Button disabled={!form.body} loading={write.busy} onClick={add}>
        添加
      </Button>
    </View>
  )
}
