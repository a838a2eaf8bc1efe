import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { villageTree } from '../../api/routes'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { Tappable } from '../../components/Tappable'
import { groupChoices, matches, myHouseholds, myVillageId, SEARCH_FROM } from '../../lib/leader'
import { mayKeepRoster, savedUnit } from '../../lib/roles'
import { useLoad } from '../../lib/useLoad'
import { AppointPanel } from './AppointPanel'
import { BindPanel } from './BindPanel'
import { MovePanel } from './MovePanel'

/** What the roster's keeper does with a household besides recording points. */
const PANELS = ['move', 'appoint', 'bind'] as const
type Panel = (typeof PANELS)[number]
const PANEL_NAMES: Record<Panel, string> = { move: '调组', appoint: '任组长', bind: '绑定码' }

/**
 * The households a leader looks after, by group; a tap records points for one. Whoever
 * keeps the roster can also move a household to another group of the village, and make
 * one of its members a group or micro-grid leader.
 */
export default function Households() {
  const list = useLoad(myHouseholds, [])
  const [search, setSearch] = useState('')
  const keeper = mayKeepRoster(savedUnit()?.role)
  const groups = useLoad(
    async () => (keeper ? groupChoices(await villageTree(myVillageId())) : []),
    [],
  )
  // The household whose move or appointment is open, if any.
  const [open, setOpen] = useState<{ id: string; panel: Panel } | null>(null)
  const [notice, setNotice] = useState('')
  const show = (id: string, panel: Panel) => {
    setOpen({ id, panel })
    setNotice('')
  }
  const done = (message: string) => {
    setNotice(message)
    setOpen(null)
    list.reload()
  }

  return (
    <Screen>
      <Text className="title">我的农户</Text>
      {notice && <Text className="notice">{notice}</Text>}
      <Loadable load={list} empty="您负责的小组还没有农户，请联系村信息管理员录入">
        {(households) => {
          const found = households.filter((h) => matches(h, search))
          return (
            <View className="card" data-testid="households">
              {households.length > SEARCH_FROM && (
                <Field placeholder="找农户：户主姓名或地址" value={search} onChange={setSearch} />
              )}
              {found.length === 0 && (
                <Text className="muted">没有找到“{search}”，请换个字再找</Text>
              )}
              {found.map((h) => (
                <View key={h.id} className="households__item">
                  <Tappable
                    className="row"
                    onTap={() =>
                      void Taro.navigateTo({
                        url: `/leader/entry/index?householdId=${h.id}&headName=${encodeURIComponent(h.headName)}`,
                      })
                    }
                  >
                    <View>
                      <Text>{h.headName}</Text>
                      <Text className="hint">
                        {h.gridName} · {h.groupName}
                      </Text>
                    </View>
                    <Text className="plus">记分 ›</Text>
                  </Tappable>
                  {keeper && (
                    <View>
                      {PANELS.map((panel) => (
                        <Tappable
                          key={panel}
                          className="chip"
                          label={`${PANEL_NAMES[panel]}：${h.headName}户`}
                          onTap={() => show(h.id, panel)}
                        >
                          {PANEL_NAMES[panel]}
                        </Tappable>
                      ))}
                    </View>
                  )}
                  {open?.id === h.id && open.panel === 'move' && groups.state === 'ready' && (
                    <MovePanel
                      household={h}
                      groups={groups.data}
                      onDone={done}
                      onCancel={() => setOpen(null)}
                    />
                  )}
                  {open?.id === h.id && open.panel === 'bind' && (
                    <BindPanel householdId={h.id} onCancel={() => setOpen(null)} />
                  )}
                  {open?.id === h.id && open.panel === 'appoint' && (
                    <AppointPanel household={h} onDone={done} onCancel={() => setOpen(null)} />
                  )}
                </View>
              ))}
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
