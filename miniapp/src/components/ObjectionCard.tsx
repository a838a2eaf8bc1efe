import type { ResolveInput } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from './Button'
import { Field } from './Field'
import { Tappable } from './Tappable'

interface Objection {
  id: string
  reason: string
  entryId: string | null
  /** The household's approved entries of the month, any of which an upheld objection voids. */
  entries: { id: string; indicatorName: string; points: number }[]
}

/**
 * An open objection: what the villager said and, for the board, the entries it may void
 * (the one it names, to begin with), the board's answer, and upheld or dismissed.
 */
export function ObjectionCard({
  objection: o,
  publisher,
  resolve,
}: {
  objection: Objection
  publisher: boolean
  resolve: (body: ResolveInput, said: string) => void
}) {
  const [voiding, setVoiding] = useState(o.entryId ? [o.entryId] : [])
  const [note, setNote] = useState('')
  const toggle = (id: string) =>
    setVoiding((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  return (
    <View className="card">
      <Text>{o.reason}</Text>
      {publisher && (
        <View>
          <Text className="hint">如果异议成立，作废哪几条记分：</Text>
          <View>
            {o.entries.map((e) => (
              <Tappable
                key={e.id}
                className={`chip ${voiding.includes(e.id) ? 'chip--on' : ''}`}
                pressed={voiding.includes(e.id)}
                onTap={() => toggle(e.id)}
              >
                {e.indicatorName} {e.points}
              </Tappable>
            ))}
          </View>
          <Field placeholder="处理意见" value={note} onChange={setNote} />
          <Button
            disabled={!note.trim() || voiding.length === 0}
            onClick={() =>
              resolve(
                { decision: 'upheld', note: note.trim(), voidEntryIds: voiding },
                '异议成立，已重新计算',
              )
            }
          >
            异议成立
          </Button>
          <Button
            className="button button--plain"
            disabled={!note.trim()}
            onClick={() =>
              resolve({ decision: 'dismissed', note: note.trim() }, '异议不成立，已答复')
            }
          >
            异议不成立
          </Button>
        </View>
      )}
    </View>
  )
}
