import { Button, Image, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { approveEntry, entries, rejectEntry } from '../../api/routes'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { named } from '../../lib/entries'
import { myVillageId } from '../../lib/leader'
import { recentMonths } from '../../lib/month'
import { useLoad } from '../../lib/useLoad'

/** Entries waiting for review, with their photos: approve, or send back with a reason. */
export default function Queue() {
  const months = recentMonths(new Date())
  const [month, setMonth] = useState(months[0]!)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const pending = useLoad(
    async () =>
      named((await entries({ villageId: myVillageId(), month, status: 'pending' })).items),
    [month],
  )

  async function decide(id: string, decision: () => Promise<unknown>) {
    try {
      await decision()
      pending.reload()
    } catch (err) {
      setErrors((e) => ({ ...e, [id]: (err as Error).message }))
    }
  }

  return (
    <Screen>
      <Text className="title">待审核</Text>
      <View>
        {months.map((m) => (
          <Text
            key={m}
            className={`chip ${m === month ? 'chip--on' : ''}`}
            onClick={() => setMonth(m)}
          >
            {m}
          </Text>
        ))}
      </View>
      <Loadable load={pending} empty="这个月没有待审核的记分">
        {(items) => (
          <View data-testid="queue">
            {items.map((e) => (
              <View className="card" key={e.id}>
                <Text>
                  {e.headName} · {e.indicatorName}
                </Text>
                <Text className={e.points >= 0 ? 'plus' : 'minus'}> {e.points} 分</Text>
                <Text className="hint">
                  {e.occurredOn}
                  {e.note && ` · ${e.note}`}
                </Text>
                <View>
                  {e.photos.map((p) => (
                    <Image
                      key={p.key}
                      className="photo"
                      src={p.url}
                      mode="aspectFill"
                      onClick={() =>
                        Taro.previewImage({ urls: e.photos.map((x) => x.url), current: p.url })
                      }
                    />
                  ))}
                </View>
                <Input
                  className="input"
                  placeholder="退回时请写原因"
                  value={reasons[e.id] ?? ''}
                  onInput={(ev) => setReasons((r) => ({ ...r, [e.id]: ev.detail.value }))}
                />
                {errors[e.id] && <Text className="error">{errors[e.id]}</Text>}
                <Button className="button" onClick={() => decide(e.id, () => approveEntry(e.id))}>
                  通过
                </Button>
                <Button
                  className="button button--danger"
                  disabled={!reasons[e.id]?.trim()}
                  onClick={() => decide(e.id, () => rejectEntry(e.id, reasons[e.id]!.trim()))}
                >
                  退回
                </Button>
              </View>
            ))}
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
