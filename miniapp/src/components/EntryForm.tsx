import { MAX_BATCH_HOUSEHOLDS, dateOf, type Entry } from '@jifenbao/shared'
import { Picker, Text, View } from '@tarojs/components'
import { Button } from './Button'
import { Field, NumberField } from './Field'
import { Tappable } from './Tappable'
import { readWholeNumber } from '../lib/number'
import { useEffect, useState } from 'react'
import { newIdempotencyKey, OfflineError } from '../api/client'
import { indicators, submitBatch, submitEntry } from '../api/routes'
import { dropDraft, loadDraft, saveDraft } from '../lib/draft'
import { matches, SEARCH_FROM } from '../lib/leader'
import { useAction } from '../lib/useAction'
import { useLoad } from '../lib/useLoad'
import { useWriteKey } from '../lib/writeKey'
import { IndicatorList } from './IndicatorList'
import { Loadable } from './Loadable'
import { PhotoPicker, type SentPhoto } from './PhotoPicker'

export interface EntryTarget {
  id: string
  headName: string
}

/** What the form holds, kept on the phone until it is sent. */
interface EntryDraft {
  code: string
  chosen: string[]
  quantity: string
  occurredOn: string
  note: string
  photos: SentPhoto[]
  write: { key: string; inDoubt: boolean }
  /** Why the village sent back the entry this form corrects. */
  sentBack?: string
}

const draftNameOf = (mode: 'single' | 'batch' | 'self', householdId: string) =>
  `entry.${mode}.${mode === 'batch' ? 'batch' : householdId}`

/**
 * An entry the village sent back, put into its household's form as a draft to correct and
 * send again (a new entry, under a new key); answers the form's page.
 */
export function correctRejected(
  e: Pick<Entry, 'householdId' | 'indicatorCode' | 'quantity' | 'occurredOn' | 'note'> & {
    photos: { key: string; url: string }[]
    reviewNote?: string | null
  },
  headName: string,
): string {
  saveDraft(draftNameOf('single', e.householdId), {
    code: e.indicatorCode,
    chosen: [e.householdId],
    quantity: String(e.quantity),
    occurredOn: e.occurredOn,
    note: e.note ?? '',
    photos: e.photos.map((p) => ({ path: p.url, key: p.key })),
    write: { key: newIdempotencyKey(), inDoubt: false },
    ...(e.reviewNote && { sentBack: e.reviewNote }),
  } satisfies EntryDraft)
  return `/leader/entry/index?householdId=${e.householdId}&headName=${encodeURIComponent(headName)}`
}

/**
 * Records points for one household, or one activity for many (batch), or a villager's own
 * report (only what the catalogue lets villagers report). A photo is required where the
 * indicator says so, and submitting waits until every photo is up. Until it is sent, the
 * form is kept as a draft (with its key), so closing the app on a dead signal loses nothing.
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
  const draftName = draftNameOf(mode, households[0]!.id)
  const [draft] = useState(() => loadDraft<EntryDraft>(draftName))
  const [code, setCode] = useState(draft?.code ?? '')
  const [chosen, setChosen] = useState<string[]>(
    draft?.chosen ?? (mode === 'batch' ? [] : [households[0]!.id]),
  )
  const [quantity, setQuantity] = useState(draft?.quantity ?? '1')
  const [occurredOn, setOccurredOn] = useState(draft?.occurredOn ?? today)
  const [note, setNote] = useState(draft?.note ?? '')
  const [photos, setPhotos] = useState<SentPhoto[]>(draft?.photos ?? [])
  const [uploading, setUploading] = useState(false)
  const [sent, setSent] = useState(false)
  const [search, setSearch] = useState('')
  const action = useAction()
  // One key for this form's entry, however often a weak signal makes the leader tap 提交.
  const write = useWriteKey(draft?.write)
  const photoKeys = photos.map((p) => p.key)
  // While a send is in doubt the form stays as it was sent: the same key must carry the
  // same entry, or the server could not tell a repeat from a new one.
  const unlessInDoubt =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      if (!write.inDoubt) set(value)
    }

  // Every change is kept at once; a form sent, or emptied, leaves no draft behind.
  useEffect(() => {
    if (sent || (!code && !note && photos.length === 0)) dropDraft(draftName)
    else
      saveDraft(draftName, {
        code,
        chosen,
        quantity,
        occurredOn,
        note,
        photos,
        write: { key: write.key, inDoubt: write.inDoubt },
      } satisfies EntryDraft)
  }, [sent, code, chosen, quantity, occurredOn, note, photos, write.key, write.inDoubt])

  const catalogue = useLoad(
    async () =>
      (await indicators()).items.filter((i) => i.active && (mode !== 'self' || i.selfReport)),
    [],
  )
  const indicator = catalogue.state === 'ready' ? catalogue.data.find((i) => i.code === code) : null
  const times = readWholeNumber(quantity, '次数', { min: 1, optional: true })
  const missing = !indicator
    ? '请选择一项积分'
    : mode !== 'batch' && times.problem
      ? '请改正次数'
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

  /** Sends the form once; answers what to tell the leader. */
  async function send(): Promise<string> {
    const common = {
      indicatorCode: code,
      occurredOn,
      ...(note.trim() && { note: note.trim() }),
      ...(photoKeys.length > 0 && { photoKeys }),
    }
    if (mode === 'batch') {
      const { ids } = await submitBatch({ ...common, householdIds: chosen }, write.key)
      return `已为 ${ids.length} 户记分，等待村里审核`
    }
    const { points } = await submitEntry(
      { ...common, householdId: chosen[0]!, quantity: times.value ?? 1 },
      write.key,
    )
    return `已提交（${points > 0 ? '+' : ''}${points} 分），等待村里审核`
  }

  const submit = () =>
    action.run(async () => {
      try {
        const done = await send()
        write.settle()
        setSent(true)
        onDone(done)
      } catch (err) {
        write.settle(err)
        throw err instanceof OfflineError
          ? new Error(
              '网络断了，不知道是否已提交。请再点一次“提交”，不会重复记分（在那之前内容不能改）',
            )
          : err
      }
    })

  return (
    <View>
      {draft?.sentBack ? (
        <Text className="error">退回原因：{draft.sentBack}，改正后请再提交</Text>
      ) : (
        draft && <Text className="notice">已恢复上次没有提交的记分，请核对后提交</Text>
      )}
      {mode === 'batch' ? (
        <View className="card">
          <Text>
            参加的农户（已选 {chosen.length} 户，最多 {MAX_BATCH_HOUSEHOLDS} 户）
          </Text>
          {households.length > SEARCH_FROM && (
            <Field placeholder="找农户：户主姓名或地址" value={search} onChange={setSearch} />
          )}
          <View>
            {households
              .filter((h) => chosen.includes(h.id) || matches(h, search))
              .map((h) => (
                <Tappable
                  key={h.id}
                  className={`chip ${chosen.includes(h.id) ? 'chip--on' : ''}`}
                  pressed={chosen.includes(h.id)}
                  onTap={() => unlessInDoubt(toggle)(h.id)}
                >
                  {h.headName}
                </Tappable>
              ))}
          </View>
        </View>
      ) : (
        <Text className="muted">为 {households[0]!.headName} 户记分</Text>
      )}
      <Loadable load={catalogue} empty="没有可以记的积分项目">
        {(items) => <IndicatorList items={items} chosen={code} onChoose={unlessInDoubt(setCode)} />}
      </Loadable>
      <View className="card">
        {mode !== 'batch' && (
          <View className="row">
            <Text>次数</Text>
            <NumberField
              placeholder="1"
              label="次数"
              value={quantity}
              onChange={unlessInDoubt(setQuantity)}
              read={times}
            />
          </View>
        )}
        <Picker
          mode="date"
          value={occurredOn}
          end={today}
          onChange={(e) => unlessInDoubt(setOccurredOn)(e.detail.value as string)}
        >
          <View className="row">
            <Text>日期</Text>
            <Text>{occurredOn}</Text>
          </View>
        </Picker>
        <Field placeholder="备注（可不填）" value={note} onChange={unlessInDoubt(setNote)} />
        <PhotoPicker
          sent={draft?.photos}
          locked={write.inDoubt}
          onChange={(sent, stillUploading) => {
            setPhotos(sent)
            setUploading(stillUploading)
          }}
        />
      </View>
      {action.error && <Text className="error">{action.error}</Text>}
      {missing && <Text className="hint">{missing}</Text>}
      <Button className="button" disabled={!!missing} loading={action.busy} onClick={submit}>
        提交
      </Button>
    </View>
  )
}
