import { Image, Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { Loadable } from '../../components/Loadable'
import { STATUS_NAMES } from '../../lib/entries'
import { useLoad } from '../../lib/useLoad'

/** One entry as the trail's object: what was recorded, by whom, its photos and its state. */
export function EntryDetail({ id }: { id: string }) {
  const entry = useLoad(() => call('getEntry', { params: { id } }), [id])
  return (
    <Loadable load={entry} empty="" isEmpty={() => false}>
      {(e) => (
        <View className="card office-panel" data-testid="entry-detail">
          <Text className="subtitle">
            记分 {e.indicatorCode} × {e.quantity}：{e.points} 分 · {STATUS_NAMES[e.status]}
          </Text>
          <Text className="hint">
            {e.occurredOn} · 提交人 {e.submitterName ?? e.submittedBy}
            {e.reviewNote ? ` · 审核意见：${e.reviewNote}` : ''}
          </Text>
          {e.photos.map((p, i) => (
            <Image
              key={p.key}
              src={p.url}
              mode="aspectFit"
              className="office-photo"
              {...{ alt: `佐证照片 ${i + 1}` }}
            />
          ))}
        </View>
      )}
    </Loadable>
  )
}
