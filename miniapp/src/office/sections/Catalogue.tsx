import { DIMENSION_LABELS, type Indicator } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { ConfirmButton } from '../../components/ConfirmButton'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { Outcome } from '../parts/Outcome'
import { useWrite, type Write } from '../parts/useWrite'
import { IndicatorForm } from './IndicatorForm'

function Actions({
  item,
  edit,
  write,
  reload,
}: {
  item: Indicator
  edit: () => void
  write: Write
  reload: () => void
}) {
  const setActive = (active: boolean) =>
    write
      .run(
        () => call('patchIndicator', { params: { code: item.code }, body: { active } }),
        active ? `${item.code} 已恢复使用` : `${item.code} 已停用：已记的分不变，不能再记新分`,
      )
      .then(reload)
  return (
    <View className="office-actions">
      <Button className="button button--small" onClick={edit}>
        修改
      </Button>
      <Button className="button button--small" onClick={() => setActive(!item.active)}>
        {item.active ? '停用' : '恢复'}
      </Button>
      <ConfirmButton
        className="button button--small button--plain"
        label="删除"
        confirmLabel="确认删除"
        says={`删除 ${item.code} ${item.name}：只有从没记过分的指标能删，删了不能恢复。`}
        onConfirm={() =>
          write
            .run(
              () => call('deleteIndicator', { params: { code: item.code } }),
              `${item.code} 已删除`,
            )
            .then(reload)
        }
      />
    </View>
  )
}

/** The indicator catalogue: add, edit, retire; past entries keep their points. */
export function Catalogue() {
  const list = useLoad(async () => (await call('listIndicators')).items, [])
  const [editing, setEditing] = useState<Indicator | undefined>()
  const write = useWrite()
  const reload = () => {
    setEditing(undefined)
    list.reload()
  }
  return (
    <View>
      <IndicatorForm key={editing?.code ?? 'new'} editing={editing} write={write} done={reload} />
      <Outcome write={write} />
      <Loadable load={list} empty="目录是空的，请在下面添加">
        {(items) => (
          <DataTable
            name="指标"
            rows={items}
            rowKey={(i) => i.code}
            columns={[
              { title: '编码', value: (i) => i.code },
              { title: '名称', value: (i) => i.name },
              { title: '维度', value: (i) => DIMENSION_LABELS[i.dimension].governance },
              { title: '分值', value: (i) => i.points },
              { title: '每月上限', value: (i) => i.monthlyCap ?? '不限' },
              { title: '照片', value: (i) => (i.evidence === 'photo' ? '要' : '不要') },
              { title: '自报', value: (i) => (i.selfReport ? '可以' : '—') },
              { title: '状态', value: (i) => (i.active ? '使用中' : '已停用') },
              {
                title: '操作',
                wide: true,
                value: () => '',
                show: (i) => (
                  <Actions item={i} edit={() => setEditing(i)} write={write} reload={reload} />
                ),
              },
            ]}
          />
        )}
      </Loadable>
    </View>
  )
}
