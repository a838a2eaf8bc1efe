import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { loadSession } from '../api/client'
import { approveEntry, entries, rejectEntry } from '../api/routes'
import { Button } from './Button'
import { Chips } from './Chips'
import { Loadable } from './Loadable'
import { MorePages } from './MorePages'
import { Points } from './Points'
import { ReasonButton } from './ReasonButton'
import { named } from '../lib/entries'
import { recentMonths } from '../lib/month'
import { noPages, usePages } from '../lib/usePages'

type Pending = Awaited<ReturnType<typeof named>>[number]

/**
 * Entries waiting for review, with who submitted them and their photos: approve (a whole
 * batch at once), or send back with a reason. A reviewer's own entries, and their
 * household's, wait for another reviewer (four eyes).
 */
export function ReviewQueue({ villageId, approver }: { villageId: string; approver: boolean }) {
  const months = recentMonths(new Date())
  const [month, setMonth] = useState(months[0]!)
  const user = loadSession()?.user
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState('')
  const pages = usePages(
    async (cursor) => {
      const page = await entries({ villageId, month, status: 'pending', cursor })
      return { items: await named(page.items, villageId), cursor: page.cursor }
    },
    [month, villageId],
  )
  const own = (e: Pending) =>
    e.submittedBy === user?.id || e.reportedBy === user?.id || e.householdId === user?.householdId

  async function decide(list: Pending[], decision: (id: string) => Promise<unknown>, done: string) {
    setNotice('')
    const failed: Record<string, string> = {}
    for (const e of list) await decision(e.id).catch((err: Error) => (failed[e.id] = err.message))
    setErrors((all) => ({ ...all, ...failed }))
    if (Object.keys(failed).length < list.length) setNotice(done)
    pages.first.reload()
  }

  return (
    <View>
      <Chips options={months} value={month} onChange={setMonth} />
      {notice && <Text className="notice">{notice}</Text>}
      <Loadable load={pages.first} empty="这个月没有待审核的记分" isEmpty={noPages}>
        {(page) => {
          const list = [...page.items, ...pages.more]
          // A batch's own bar goes before its first entry, with the others it may approve.
          const batches = new Map<string, Pending[]>()
          for (const e of list)
            if (e.batchId && !own(e)) batches.set(e.batchId, [...(batches.get(e.batchId) ?? []), e])
          return (
            <View data-testid="queue">
              {list.map((e) => {
                const batch = e.batchId ? batches.get(e.batchId) : undefined
                return (
                  <View key={e.id}>
                    {approver && batch && batch.length > 1 && batch[0] === e && (
                      <Button
                        className="button button--plain"
                        onClick={() =>
                          decide(batch, approveEntry, `已通过这一批 ${batch.length} 条`)
                        }
                      >
                        这一批全部通过（{batch.length} 条）
                      </Button>
                    )}
                    <View className="card">
                      <Text>
                        {e.headName} · {e.indicatorName}
                      </Text>
                      <Points value={e.points} unit=" 分" />
                      <Text className="muted">
                        提交人：{e.submitterName ?? '—'}
                        {e.selfReport && <Text className="queue__self"> 村民自报</Text>}
                      </Text>
                      <Text className="hint">
                        {e.occurredOn}
                        {e.note && ` · ${e.note}`}
                      </Text>
                      <View>
                        {e.photos.map((p, i) => (
                          <Image
                            key={p.key}
                            className="photo"
                            src={p.url}
                            mode="aspectFill"
                            nativeProps={{ alt: `${e.headName}的第 ${i + 1} 张照片，点开看大图` }}
                            onClick={() =>
                              Taro.previewImage({
                                urls: e.photos.map((x) => x.url),
                                current: p.url,
                              })
                            }
                          />
                        ))}
                      </View>
                      {!approver && <Text className="muted">由村级网格长或领导小组审核</Text>}
                      {approver && own(e) && (
                        <Text className="muted">这条是您提交的，要由另一位审核人审核</Text>
                      )}
                      {approver && (
                        <View>
                          {errors[e.id] && <Text className="error">{errors[e.id]}</Text>}
                          <Button
                            className="button"
                            disabled={own(e)}
                            onClick={() =>
                              decide(
                                [e],
                                approveEntry,
                                `已通过：${e.headName} · ${e.indicatorName}`,
                              )
                            }
                          >
                            通过
                          </Button>
                          {!own(e) && (
                            <ReasonButton
                              placeholder="退回时请写原因"
                              label="退回"
                              confirmLabel="确认退回"
                              says={`退回后这条记分不计入${e.headName}户的得分，提交人会看到退回原因。`}
                              onConfirm={(reason) =>
                                decide(
                                  [e],
                                  (id) => rejectEntry(id, reason),
                                  `已退回：${e.headName} · ${e.indicatorName}`,
                                )
                              }
                            />
                          )}
                        </View>
                      )}
                    </View>
                  </View>
                )
              })}
              <MorePages pages={pages} />
            </View>
          )
        }}
      </Loadable>
    </View>
  )
}
