import { Image, Text, View } from '@tarojs/components'
import { Button } from '../../components/Button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { approveEntry, entries, rejectEntry } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Loadable } from '../../components/Loadable'
import { MorePages } from '../../components/MorePages'
import { Points } from '../../components/Points'
import { ReasonButton } from '../../components/ReasonButton'
import { Screen } from '../../components/Screen'
import { named } from '../../lib/entries'
import { myVillageId } from '../../lib/leader'
import { recentMonths } from '../../lib/month'
import { mayApprove, savedUnit } from '../../lib/roles'
import { noPages, usePages } from '../../lib/usePages'

/** Entries waiting for review, with their photos: approve, or send back with a reason. */
export default function Queue() {
  const months = recentMonths(new Date())
  const [month, setMonth] = useState(months[0]!)
  const approver = mayApprove(savedUnit()?.role)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const pages = usePages(
    async (cursor) => {
      const page = await entries({ villageId: myVillageId(), month, status: 'pending', cursor })
      return { items: await named(page.items), cursor: page.cursor }
    },
    [month],
  )

  async function decide(id: string, decision: () => Promise<unknown>) {
    try {
      await decision()
      pages.first.reload()
    } catch (err) {
      setErrors((e) => ({ ...e, [id]: (err as Error).message }))
    }
  }

  return (
    <Screen>
      <Text className="title">待审核</Text>
      <Chips options={months} value={month} onChange={setMonth} />
      <Loadable load={pages.first} empty="这个月没有待审核的记分" isEmpty={noPages}>
        {(page) => (
          <View data-testid="queue">
            {[...page.items, ...pages.more].map((e) => (
              <View className="card" key={e.id}>
                <Text>
                  {e.headName} · {e.indicatorName}
                </Text>
                <Points value={e.points} unit=" 分" />
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
                {!approver && <Text className="hint">由村级网格长或领导小组审核</Text>}
                {approver && (
                  <View>
                    {errors[e.id] && <Text className="error">{errors[e.id]}</Text>}
                    <Button
                      className="button"
                      onClick={() => decide(e.id, () => approveEntry(e.id))}
                    >
                      通过
                    </Button>
                    <ReasonButton
                      placeholder="退回时请写原因"
                      label="退回"
                      confirmLabel="确认退回"
                      says={`退回后这条记分不计入${e.headName}户的得分，提交人会看到退回原因。`}
                      onConfirm={(reason) => decide(e.id, () => rejectEntry(e.id, reason))}
                    />
                  </View>
                )}
              </View>
            ))}
            <MorePages pages={pages} />
          </View>
        )}
      </Loadable>
    </Screen>
  )
}
