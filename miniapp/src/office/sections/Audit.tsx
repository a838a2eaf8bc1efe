import { dateOf, shanghaiTime } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { Picker } from '../parts/Picker'
import { EntryDetail } from './EntryDetail'
import { ACTION_NAMES, changes } from '../parts/trail'

/** The audit trail: who did what to which object and when, before and after, filtered. */
export function Audit() {
  const [date, setDate] = useState(dateOf(new Date()))
  const [action, setAction] = useState<string>()
  const [actor, setActor] = useState<string>()
  const [targetId, setTargetId] = useState('')
  const [query, setQuery] = useState({ date })
  const [entryId, setEntryId] = useState<string>()
  const trail = useLoad(
    async () =>
      (
        await call('listAudit', {
          query: { ...query, action, actor, targetId: targetId.trim() || undefined },
        })
      ).items,
    [query, action, actor],
  )
  const actors =
    trail.state === 'ready'
      ? [...new Map(trail.data.map((i) => [i.actor, i.actorName ?? i.actor])).entries()]
      : []
  return (
    <View>
      <View className="office-inline">
        <Field placeholder="日期，如 2026-12-05" label="日期" value={date} onChange={setDate} />
        <Field
          placeholder="对象编号（可不填）"
          label="对象编号"
          value={targetId}
          onChange={setTargetId}
        />
        <Button onClick={() => setQuery({ date })}>查询</Button>
      </View>
      <Text className="office-field__label">做了什么</Text>
      <Chips
        options={['全部', ...Object.keys(ACTION_NAMES)]}
        value={action ?? '全部'}
        onChange={(a) => setAction(a === '全部' ? undefined : a)}
        label={(a) => ACTION_NAMES[a] ?? a}
      />
      <Picker
        label="谁做的（点一下只看这个人，再点“所有人”）"
        options={[{ id: '', name: '所有人' }, ...actors.map(([id, name]) => ({ id, name }))]}
        value={actor ?? ''}
        onChange={(id) => setActor(id || undefined)}
      />
      <Loadable load={trail} empty="这一天没有符合条件的记录">
        {(items) => (
          <DataTable
            name="审计记录"
            rows={items}
            rowKey={(i) => `${i.at}${i.requestId}${i.action}${i.targetId}`}
            columns={[
              { title: '时间', value: (i) => shanghaiTime(i.at) },
              { title: '谁', value: (i) => i.actorName ?? i.actor },
              { title: '做了什么', value: (i) => ACTION_NAMES[i.action] ?? i.action },
              {
                title: '对象',
                value: (i) => i.targetId,
                show: (i) =>
                  i.action.startsWith('entry.') ? (
                    <Button
                      className="button button--small"
                      label={`看记分 ${i.targetId}`}
                      onClick={() => setEntryId(i.targetId)}
                    >
                      看这条记分
                    </Button>
                  ) : (
                    i.targetId
                  ),
              },
              { title: '改动（前 → 后）', value: (i) => changes(i.before, i.after), wide: true },
            ]}
          />
        )}
      </Loadable>
      {entryId && <EntryDetail key={entryId} id={entryId} />}
    </View>
  )
}
