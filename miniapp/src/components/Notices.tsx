import { shanghaiTime, type AnswerOf, type Routes } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { call } from '../api/client'
import { markSeen, seenUntil } from '../lib/notices'
import { usePages } from '../lib/usePages'
import { Button } from './Button'
import { MorePages } from './MorePages'
import { Loadable } from './Loadable'

/**
 * The village's notices on the home, newest first: what this phone has not shown before is
 * marked 新 (until the next visit); the three newest show, the rest on a tap.
 */
export function Notices({ villageId }: { villageId: string }) {
  const [seen] = useState(() => seenUntil(villageId))
  const [all, setAll] = useState(false)
  const pages = usePages(
    (cursor) => call('listNotices', { params: { villageId }, query: { cursor } }),
    [villageId],
  )
  const newest = pages.first.state === 'ready' ? pages.first.data.items[0]?.at : undefined
  useEffect(() => {
    if (newest) markSeen(villageId, newest)
  }, [villageId, newest])
  return (
    <View className="card notices" {...{ role: 'region', 'aria-label': '村里的通知' }}>
      <Text className="notices__heading">村里的通知</Text>
      <Loadable load={pages.first} empty="村里还没有发过通知" isEmpty={(p) => p.items.length === 0}>
        {({ items }) => {
          const list = [...items, ...pages.more]
          const unread = list.filter((n) => n.at > seen).length
          return (
            <View>
              {unread > 0 && <Text className="notices__unread">{unread} 条新通知</Text>}
              {(all ? list : list.slice(0, 3)).map((n) => (
                <NoticeCard key={n.id} notice={n} isNew={n.at > seen} />
              ))}
              {!all && list.length > 3 && (
                <Button className="button button--plain" onClick={() => setAll(true)}>
                  看全部 {list.length} 条通知
                </Button>
              )}
              {all && <MorePages pages={pages} />}
            </View>
          )
        }}
      </Loadable>
    </View>
  )
}

/** One notice: its title (marked 新 when this phone has not shown it), when and who, the text. */
export function NoticeCard({
  notice,
  isNew = false,
}: {
  notice: AnswerOf<Routes['listNotices']>['items'][number]
  isNew?: boolean
}) {
  return (
    <View className="notices__item">
      <Text className="notices__title">
        {isNew && <Text className="notices__new">新 </Text>}
        {notice.title}
      </Text>
      <Text className="hint">
        {shanghaiTime(notice.at)}
        {notice.byName ? ` · ${notice.byName}` : ''}
      </Text>
      <Text className="notices__body">{notice.body}</Text>
    </View>
  )
}
