import {
  DIMENSIONS,
  DIMENSION_LABELS,
  MAX_BATCH_HOUSEHOLDS,
  dateOf,
  type Dimension,
} from '@jifenbao/shared'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { indicators, submitBatch, submitEntry } from '../api/routes'
import { useLoad } from '../lib/useLoad'
import { Loadable } from './Loadable'
import { PhotoPicker } from './PhotoPicker'

export interface EntryTarget {
  id: string
  headName: string
}

/**
 * Records points for one household, or one activity for many (batch), or a villager's own
 * report (only what the catalogue lets villagers report). A photo is required where the
 * indicator says so, and submitting waits until every photo is up.
 */
export function EntryForm({
  households,
  mode,
  onDone,
}: {
  households: EntryTarget[]
  mode: 'single' | 'batch' | 'self'
  onDone: (message: string) => void
}) {
  const today = dateOf(new Date())
  const [dimension, setDimension] = useState<Dimension>('autonomy')
  const [code, setCode] = useState('')
  const [chosen, setChosen] = useState<string[]>(mode === 'batch' ? [] : [households[0]!.id])
  const [quantity, setQuantity] = useState('1')
  const [occurredOn, setOccurredOn] = useState(today)
  const [note, setNote] = useState('')
  const [photoKeys, setPhotoKeys] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const catalogue = useLoad(
    async () =>
      (await indicators()).items.filter((i) => i.active && (mode !== 'self' || i.selfReport)),
    [],
  )
  const indicator = catalogue.state === 'ready' ? catalogue.data.find((i) => i.code === code) : null
  const missing = !indicator
    ? '请选择一项积分'
    : chosen.length === 0
      ? '请至少选择一户'
      : indicator.evidence === 'photo' && photoKeys.length === 0
        ? '这一项需要照片，请先拍照'
        : uploading
          ? '照片还在上传，请稍等'
          : ''

  const toggle = (id: string) =>
    setChosen((ids) =>
      ids.includes(id)
        ? ids.filter((x) => x !== id)
        : ids.length < MAX_BATCH_HOUSEHOLDS
          ? [...ids, id]
          : ids,
    )

  async function submit() {
    setBusy(true)
    setError('')
    const common = {
      indicatorCode: code,
      occurredOn,
      ...(note.trim() && { note: note.trim() }),
      ...(photoKeys.length > 0 && { photoKeys }),
    }
    try {
      if (mode === 'batch') {
        const { ids } = await submitBatch({ ...common, householdIds: chosen })
        onDone(`已为 ${ids.length} 户记分，等待村里审核`)
      } else {
        const created = await submitEntry({
          ...common,
          householdId: chosen[0]!,
          quantity: Number(quantity) || 1,
        })
        onDone(`已提交（${created.points > 0 ? '+' : ''}${created.points} 分），等待村里审核`)
      }
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      {mode === 'batch' ? (
        <View className="card">
          <Text>
            参加的农户（已选 {chosen.length} 户，最多 {MAX_BATCH_HOUSEHOLDS} 户）
          </Text>
          <View>
            {households.map((h) => (
              <Text
                key={h.id}
                className={`chip ${chosen.includes(h.id) ? 'chip--on' : ''}`}
                onClick={() => toggle(h.id)}
              >
                {h.headName}
              </Text>
            ))}
          </View>
        </View>
      ) : (
        <Text className="muted">为 {households[0]!.headName} 户记分</Text>
      )}
      <View>
        {DIMENSIONS.map((d) => (
          <Text
            key={d}
            className={`chip ${d === dimension ? 'chip--on' : ''}`}
            onClick={() => setDimension(d)}
          >
            {DIMENSION_LABELS[d].governance}
          </Text>
        ))}
      </View>
      <Loadable load={catalogue} empty="没有可以记的积分项目">
        {(items) => (
          <View className="card" data-testid="indicators">
            {items
              .filter((i) => i.dimension === dimension)
              .map((i) => (
                <View
                  className={`row ${i.code === code ? 'chip--on' : ''}`}
                  key={i.code}
                  onClick={() => setCode(i.code)}
                >
                  <Text>{i.name}</Text>
                  <Text className={i.points > 0 ? 'plus' : 'minus'}>
                    {i.points > 0 ? `+${i.points}` : i.points}
                  </Text>
                </View>
              ))}
          </View>
        )}
      </Loadable>
      <View className="card">
        {mode !== 'batch' && (
          <View className="row">
            <Text>次数</Text>
            <Input
              className="input"
              type="number"
              value={quantity}
              onInput={(e) => setQuantity(e.detail.value)}
            />
          </View>
        )}
        <Picker
          mode="date"
          value={occurredOn}
          end={today}
          onChange={(e) => setOccurredOn(e.detail.value as string)}
        >
          <View className="row">
            <Text>日期</Text>
            <Text>{occurredOn}</Text>
          </View>
        </Picker>
        <Input
          className="input"
          placeholder="备注（可不填）"
          value={note}
          onInput={(e) => setNote(e.detail.value)}
        />
        <PhotoPicker
          onChange={(keys, stillUploading) => {
            setPhotoKeys(keys)
            setUploading(stillUploading)
          }}
        />
      </View>
      {error && <Text className="error">{error}</Text>}
      {missing && <Text className="hint">{missing}</Text>}
      <Button className="button" disabled={!!missing} loading={busy} onClick={submit}>
        提交
      </Button>
    </View>
  )
}
