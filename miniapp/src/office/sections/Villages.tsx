import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { NameForm } from '../parts/NameForm'
import { Picker } from '../parts/Picker'
import type { Office } from '../parts/office'

/** The village's grids and joint-household groups, with forms to add them (and villages, for the town). */
export function Villages({ office }: { office: Office }) {
  const tree = useLoad(
    () =>
      office.villageId
        ? call('getVillage', { params: { villageId: office.villageId } })
        : Promise.resolve(null),
    [office.villageId],
  )
  const [gridId, setGridId] = useState<string>()
  return (
    <View>
      {office.isTown && (
        <View className="card">
          <Text className="subtitle">村</Text>
          <NameForm
            label="新村名称"
            button="新建村"
            save={async (name) =>
              office.villageAdded((await call('createVillage', { body: { name } })).id)
            }
          />
        </View>
      )}
      <Loadable load={tree} empty="请先选一个村" isEmpty={(t) => t === null}>
        {(t) => (
          <View className="card">
            <Text className="subtitle">{t!.name}的网格和小组</Text>
            {t!.grids.length === 0 && <Text className="hint">还没有微网格：先在下面建一个</Text>}
            {t!.grids.map((g) => (
              <View key={g.id} className="office-tree">
                <Text className="office-tree__grid">{g.name}</Text>
                {g.groups.map((group) => (
                  <Text key={group.id} className="office-tree__group">
                    {group.name}（{group.households} 户）
                  </Text>
                ))}
              </View>
            ))}
            <NameForm
              label="新微网格名称"
              button="新建微网格"
              save={(name) =>
                call('createGrid', { params: { villageId: t!.id }, body: { name } }).then(
                  tree.reload,
                )
              }
            />
            <Picker
              label="在哪个微网格下建联户小组"
              options={t!.grids}
              value={gridId}
              onChange={setGridId}
            />
            {gridId && (
              <NameForm
                label="新联户小组名称"
                button="新建联户小组"
                save={(name) =>
                  call('createGroup', { params: { gridId }, body: { name } }).then(tree.reload)
                }
              />
            )}
          </View>
        )}
      </Loadable>
    </View>
  )
}
