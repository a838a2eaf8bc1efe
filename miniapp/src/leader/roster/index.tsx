import { Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '../../components/Button'
import { useState } from 'react'
import { eachLimited, PhoneSchema } from '@jifenbao/shared'
import { ApiError, newIdempotencyKey } from '../../api/client'
import { addHousehold, addPerson, bindCode, villageTree } from '../../api/routes'
import { Chips } from '../../components/Chips'
import { Field } from '../../components/Field'
import { Loadable } from '../../components/Loadable'
import { Screen } from '../../components/Screen'
import { groupChoices, myVillageId } from '../../lib/leader'
import { parseRoster, type RosterLine } from '../../lib/roster'
import { useLoad } from '../../lib/useLoad'

interface Row extends RosterLine {
  /** The line's own keys: its household and its person are each made once, however often sent. */
  householdKey: string
  personKey: string
  householdId?: string
  personId?: string
  error?: string
  /** The server said no (a phone already registered, say): the phone may be corrected. */
  refused?: boolean
  code?: string
}

const LINES_IN_FLIGHT = 4

/**
 * The info admin types or pastes the village's paper roster, one household a line, into a
 * group: each becomes a household with its head as a member (a villager), and a bind code
 * can be handed to whoever will sign in with WeChat. A line that failed is sent again by
 * itself; what was made is never made twice. A phone refused by the server can be corrected
 * (or cleared) on its line before the retry.
 */
export default function Roster() {
  // The office console names the village; a leader's is the one they work in.
  const { params } = useRouter()
  const tree = useLoad(() => villageTree(params.villageId || myVillageId()), [])
  const [groupId, setGroupId] = useState('')
  const [text, setText] = useState('')
  const [rows, setRows] = useState<Row[]>([])
  const [busy, setBusy] = useState(false)
  const { households, problems } = parseRoster(text)
  const update = (line: number, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.line === line ? { ...r, ...change } : r)))

  async function enter(list: Row[]) {
    setBusy(true)
    // A few lines at a time: 300 households take a fraction of the time, and each line
    // catches its own failure, so one bad line never stops the rest.
    await eachLimited(list, LINES_IN_FLIGHT, async (row) => {
      if (row.phone && !PhoneSchema.safeParse(row.phone).success) {
        update(row.line, { error: '手机号应为 11 位数字' })
        return
      }
      try {
        const householdId =
          row.householdId ??
          (
            await addHousehold(
              groupId,
              { headName: row.headName, address: row.address },
              row.householdKey,
            )
          ).id
        update(row.line, { householdId, error: undefined })
        const { id } = await addPerson(
          { name: row.headName, phone: row.phone, householdId },
          row.personKey,
        )
        update(row.line, { personId: id })
      } catch (err) {
        update(row.line, { error: (err as Error).message, refused: err instanceof ApiError })
      }
    })
    setBusy(false)
  }

  const done = rows.filter((r) => r.personId).length
  const failed = rows.filter((r) => r.error && !r.personId)
  return (
    <Screen>
      <Text className="title">录入农户</Text>
      <Loadable load={tree} empty="" isEmpty={() => false}>
        {(village) => {
          const groups = groupChoices(village)
          if (groups.length === 0)
            return <Text className="hint">村里还没有联户小组：请先在办公台的“村与网格”里建好</Text>
          return rows.length === 0 ? (
            <View>
              <Text className="hint">录入到哪个联户小组：</Text>
              <Chips
                options={groups.map((g) => g.id)}
                value={groupId}
                onChange={setGroupId}
                label={(id) => {
                  const group = groups.find((g) => g.id === id)!
                  return `${group.label}（${group.households} 户）`
                }}
              />
              <Text className="hint">每行一户：户主姓名 地址 手机号（地址、手机号可不填）</Text>
              <Textarea
                className="input roster__text"
                value={text}
                maxlength={-1}
                placeholder={'张建国 东尉村12号 13800000001\n李秀英 东尉村13号'}
                onInput={(e) => setText(e.detail.value)}
              />
              {problems.map((p) => (
                <Text key={p} className="error">
                  {p}
                </Text>
              ))}
              {households.length > 0 && (
                <View className="card" data-testid="roster-preview">
                  <Text className="muted">将录入（请核对每一户）：</Text>
                  {households.map((h) => (
                    <View className="row" key={h.line}>
                      <Text className="muted">第 {h.line} 行</Text>
                      <Text>{[h.headName, h.address, h.phone].filter(Boolean).join(' · ')}</Text>
                    </View>
                  ))}
                </View>
              )}
              <Button
                className="button"
                disabled={!groupId || households.length === 0 || problems.length > 0}
                onClick={() => {
                  const keyed = households.map((h) => ({
                    ...h,
                    householdKey: newIdempotencyKey(),
                    personKey: newIdempotencyKey(),
                  }))
                  setRows(keyed)
                  void enter(keyed)
                }}
              >
                录入 {households.length} 户
              </Button>
            </View>
          ) : (
            <View>
              <Text className="notice" data-testid="roster-progress">
                已录入 {done} / {rows.length} 户
              </Text>
              {failed.length > 0 && !busy && (
                <Button className="button" onClick={() => enter(failed)}>
                  重试没有成功的 {failed.length} 户
                </Button>
              )}
              <View className="card">
                {rows.map((r) => (
                  <View className="row" key={r.line}>
                    <View>
                      <Text>{r.headName}</Text>
                      {r.error && !r.personId && <Text className="error">{r.error}</Text>}
                      {r.refused && r.householdId && !r.personId && (
                        <Field
                          placeholder="改正手机号（也可不填）"
                          value={r.phone ?? ''}
                          // Another phone is another request: it goes under a new key.
                          onChange={(phone) =>
                            update(r.line, {
                              phone: phone.trim() || undefined,
                              personKey: newIdempotencyKey(),
                            })
                          }
                        />
                      )}
                      {r.code && <Text className="hint">绑定码 {r.code}（请尽快交给本人）</Text>}
                    </View>
                    {r.personId && !r.code && (
                      <Button
                        size="mini"
                        onClick={() =>
                          bindCode(r.personId!).then(
                            ({ bindCode: code }) => update(r.line, { code }),
                            (err: Error) => update(r.line, { error: err.message }),
                          )
                        }
                      >
                        绑定码
                      </Button>
                    )}
                  </View>
                ))}
              </View>
              {!busy && failed.length === 0 && (
                <Button
                  className="button button--plain"
                  onClick={() => {
                    setRows([])
                    setText('')
                    tree.reload()
                  }}
                >
                  再录一批
                </Button>
              )}
            </View>
          )
        }}
      </Loadable>
    </Screen>
  )
}
