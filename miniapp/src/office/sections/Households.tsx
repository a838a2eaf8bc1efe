import { HouseholdInputSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DownloadButton } from '../../components/DownloadButton'
import { DataTable } from '../parts/DataTable'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { Picker } from '../parts/Picker'
import { once } from '../../api/routes'
import { groupsOf, type Office } from '../parts/office'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'
import { HouseholdPanel } from './HouseholdPanel'

function NewHousehold({
  groups,
  added,
}: {
  groups: { id: string; name: string }[]
  added: () => void
}) {
  const [groupId, setGroupId] = useState<string>()
  const form = useForm(
    { headName: '', address: '' },
    HouseholdInputSchema,
    (v) => ({
      headName: v.headName,
      ...(v.address.trim() && { address: v.address }),
    }),
    { headName: '户主姓名' },
  )
  const write = useWrite()
  const add = async () => {
    const body = form.body!
    const ok = await write.run(
      () => call('createHousehold', { params: { groupId: groupId! }, body }, once()),
      `已建户：${body.headName}。再在户里添加成员`,
    )
    if (ok) {
      form.reset()
      added()
    }
  }
  return (
    <View className="card office-form">
      <Text className="subtitle">新建农户</Text>
      <Picker label="所在联户小组" options={groups} value={groupId} onChange={setGroupId} />
      <FormField form={form} name="headName" label="户主姓名" />
      <FormField form={form} name="address" label="地址（可不填）" />
      <Outcome write={write} />
      <Button disabled={!form.body || !groupId} loading={write.busy} onClick={add}>
        建户
      </Button>
    </View>
  )
}

/** The village's households: find one, open it to change its people; add new ones. */
export function Households({ office }: { office: Office }) {
  const villageId = office.villageId
  const list = useLoad(
    async () =>
      villageId
        ? {
            households: (await call('listVillageHouseholds', { params: { villageId } })).items,
            groups: await groupsOf(villageId),
          }
        : null,
    [villageId],
  )
  const [open, setOpen] = useState<string>()
  return (
    <Loadable load={list} empty="请先选一个村" isEmpty={(l) => l === null}>
      {(l) => (
        <View>
          <DataTable
            name="农户"
            rows={l!.households}
            rowKey={(h) => h.id}
            empty="这个村还没有农户：在下面建户，或用“录入名册”"
            columns={[
              { title: '户主', value: (h) => h.headName },
              { title: '地址', value: (h) => h.address ?? '' },
              { title: '微网格', value: (h) => h.gridName },
              { title: '联户小组', value: (h) => h.groupName },
              {
                title: '操作',
                wide: true,
                value: () => '',
                show: (h) => (
                  <Button
                    className="button button--small"
                    label={`打开 ${h.headName} 户`}
                    onClick={() => setOpen(h.id)}
                  >
                    打开
                  </Button>
                ),
              },
            ]}
          />
          {villageId && (
            <DownloadButton
              label="打印门牌卡（PDF，每户一张二维码）"
              route="printDoorCards"
              input={{ params: { villageId } }}
              fallbackName="门牌卡.pdf"
            />
          )}
          {open && (
            <HouseholdPanel
              key={open}
              office={office}
              householdId={open}
              groups={l!.groups}
              changed={list.reload}
            />
          )}
          <NewHousehold groups={l!.groups} added={list.reload} />
        </View>
      )}
    </Loadable>
  )
}
