import { HouseholdCloseSchema, HouseholdSplitSchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { ConfirmButton } from '../../components/ConfirmButton'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { PickMany, Picker } from '../parts/Picker'
import { once } from '../../api/routes'
import type { Household } from '../parts/office'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

/** 分户, moving to another group, and 注销: each says what will happen and asks once. */
export function HouseholdChanges({
  household,
  groups,
  changed,
}: {
  household: Household
  groups: { id: string; name: string }[]
  changed: () => void
}) {
  const write = useWrite()
  const [groupId, setGroupId] = useState<string>()
  const [leaving, setLeaving] = useState<string[]>([])
  const split = useForm(
    { headName: '' },
    HouseholdSplitSchema,
    (v) => ({ ...v, personIds: leaving, groupId }),
    {
      headName: '新户主姓名',
    },
  )
  const close = useForm({ reason: '' }, HouseholdCloseSchema, (v) => v, { reason: '注销原因' })
  const groupName = groups.find((g) => g.id === groupId)?.name ?? ''
  if (household.closed) return <Outcome write={write} />
  const params = { householdId: household.id }
  return (
    <View className="office-form">
      <Text className="subtitle">变动</Text>
      <Outcome write={write} />
      <Picker
        label="迁到或分到哪个联户小组"
        options={groups}
        value={groupId}
        onChange={setGroupId}
      />
      <ConfirmButton
        label="整户迁过去"
        confirmLabel="确认迁户"
        disabled={!groupId || groupId === household.groupId}
        says={`${household.headName} 户整户迁到 ${groupName}：以后的记分算在新小组，以前的不变。`}
        onConfirm={() =>
          write
            .run(
              () => call('moveHousehold', { params, body: { groupId: groupId! } }),
              `已迁到 ${groupName}`,
            )
            .then(changed)
        }
      />
      <PickMany
        label="分户：选出要分出去的人"
        options={household.members}
        value={leaving}
        onChange={setLeaving}
      />
      <FormField form={split} name="headName" label="新户主姓名" />
      <ConfirmButton
        label="分户"
        confirmLabel="确认分户"
        disabled={!split.body}
        says={`选中的 ${leaving.length} 人分出去，在 ${groupName} 另立一户；山药豆余额留在 ${household.headName} 户。`}
        onConfirm={() =>
          write
            .run(
              () => call('splitHousehold', { params, body: split.body! }, once()),
              '已分户：新户在农户名单里',
            )
            .then(changed)
        }
      />
      <FormField
        form={close}
        name="reason"
        label="注销原因"
        placeholder="注销原因（如：全家迁往县城）"
      />
      <ConfirmButton
        label="注销这一户"
        confirmLabel="确认注销"
        className="button button--danger"
        disabled={!close.body}
        says={`注销 ${household.headName} 户：从下一个还没公示的月份起，不再计入小组、排名和评优；以前的记录不变，余下的 ${household.balance} 豆家里人还能用。不能撤销。`}
        onConfirm={() =>
          write
            .run(
              () => call('closeHousehold', { params, body: close.body! }),
              '已注销：已从农户名单中移出',
            )
            .then(changed)
        }
      />
    </View>
  )
}
