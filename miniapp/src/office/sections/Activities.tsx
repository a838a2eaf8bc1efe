import { ActivityInputSchema, dateOf, monthOf, shanghaiTime } from '@jifenbao/shared'
import { Image, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { Chips } from '../../components/Chips'
import { CodeNotRenewed } from '../../components/CodeNotRenewed'
import { ConfirmButton } from '../../components/ConfirmButton'
import { Loadable } from '../../components/Loadable'
import { qrDataUrl } from '../../components/qr'
import { useLoad } from '../../lib/useLoad'
import { useRenewingCode } from '../../lib/useRenewingCode'
import { FormField } from '../parts/FormField'
import type { Office } from '../parts/office'
import { Outcome } from '../parts/Outcome'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

/** The organiser's screen asks for a fresh code every 45 s; each lives 60, shown 55 at most. */
const CODE_RENEW_MS = 45_000
const CODE_SHOWN_MS = 55_000
/** How often the organiser's list of who came is read again. */
const LIST_REFRESH_MS = 5_000

/**
 * Village activities (活动制定和部署, SPEC §8a): a leader plans one; while it is on, the
 * organiser's screen shows a check-in code that changes every minute and who has come;
 * closing turns each checked-in household into a pending entry for someone else to review.
 */
export function Activities({ office }: { office: Office }) {
  const villageId = office.villageId!
  const month = monthOf(new Date())
  const [chosen, setChosen] = useState<string>()
  const list = useLoad(
    () => call('listActivities', { params: { villageId }, query: { month } }),
    [villageId],
  )
  return (
    <View>
      <PlanActivity
        villageId={villageId}
        planned={(id) => {
          setChosen(id)
          list.reload()
        }}
      />
      <View className="card">
        <Text className="subtitle">本月的活动</Text>
        <Loadable load={list} empty="本月还没有活动" isEmpty={(l) => l.items.length === 0}>
          {({ items }) => (
            <Chips
              options={items.map((a) => a.id)}
              value={chosen ?? ''}
              onChange={setChosen}
              label={(id) => {
                const a = items.find((i) => i.id === id)!
                return `${a.title}（${shanghaiTime(a.startsAt)}）`
              }}
            />
          )}
        </Loadable>
      </View>
      {chosen && <ActivityPanel key={chosen} id={chosen} office={office} />}
    </View>
  )
}

function PlanActivity({
  villageId,
  planned,
}: {
  villageId: string
  planned: (id: string) => void
}) {
  const indicators = useLoad(
    async () =>
      (await call('listIndicators')).items.filter((i) => i.active && i.evidence === 'none'),
    [],
  )
  const form = useForm(
    { title: '', indicatorCode: '', day: dateOf(new Date()), from: '', to: '', place: '' },
    ActivityInputSchema,
    (v) => ({
      title: v.title,
      indicatorCode: v.indicatorCode,
      startsAt: `${v.day}T${v.from}:00+08:00`,
      endsAt: `${v.day}T${v.to}:00+08:00`,
      place: v.place.trim() || undefined,
    }),
    { title: '标题', indicatorCode: '积分指标' },
  )
  const write = useWrite()
  const plan = () =>
    write
      .run(
        async () =>
          planned((await call('createActivity', { params: { villageId }, body: form.body! })).id),
        '已安排好：活动开始后在下面打开它，显示签到码',
      )
      .then((ok) => ok && form.reset())
  return (
    <View className="card">
      <Text className="subtitle">安排活动</Text>
      <FormField form={form} name="title" label="活动名称" placeholder="活动名称，如：清理河道" />
      <Text className="office-field__label">签到的农户记哪一项积分（不需照片的指标）</Text>
      <Loadable load={indicators} empty="没有可用的指标" isEmpty={(l) => l.length === 0}>
        {(list) => (
          <Chips
            options={list.map((i) => i.code)}
            value={form.values.indicatorCode}
            onChange={form.set('indicatorCode')}
            label={(code) => {
              const i = list.find((x) => x.code === code)!
              return `${i.name}（${i.points > 0 ? '+' : ''}${i.points}）`
            }}
          />
        )}
      </Loadable>
      <FormField form={form} name="day" label="日期" placeholder="日期，如 2026-12-05" />
      <FormField form={form} name="from" label="开始时间" placeholder="开始时间，如 09:00" />
      <FormField form={form} name="to" label="结束时间" placeholder="结束时间，如 11:30" />
      <FormField form={form} name="place" label="地点（可不填）" />
      <Button disabled={!form.body} loading={write.busy} onClick={() => void plan()}>
        安排活动
      </Button>
      <Outcome write={write} />
    </View>
  )
}

function ActivityPanel({ id, office }: { id: string; office: Office }) {
  const activity = useLoad(() => call('getActivity', { params: { id } }), [id])
  const write = useWrite()
  const [closed, setClosed] = useState('')
  const close = () =>
    write.run(async () => {
      const { entries, skipped } = await call('closeActivity', { params: { id } })
      setClosed(
        `已结束：${entries} 户各记一条待审核的积分` +
          (skipped.length
            ? `；${skipped.map((s) => s.headName).join('、')} 本月这项已到上限，没有记`
            : ''),
      )
      activity.reload()
    }, '活动已结束')
  return (
    <Loadable load={activity} empty="" isEmpty={() => false}>
      {(a) => {
        const mine = a.organiser === office.personId
        return (
          <View className="card">
            <Text className="subtitle">{a.title}</Text>
            <Text className="hint">
              {shanghaiTime(a.startsAt)} 至 {shanghaiTime(a.endsAt)}
              {a.place ? ` · ${a.place}` : ''} ·{' '}
              {
                { planned: '还没开始', open: '进行中', closed: `已结束，签到 ${a.checkIns} 户` }[
                  a.status
                ]
              }
            </Text>
            {!mine && <Text className="hint">签到码和结束活动只在组织者的手机上。</Text>}
            {mine && a.status === 'open' && <CheckInDesk id={id} />}
            {mine && a.status !== 'closed' && (
              <ConfirmButton
                label="结束活动并记分"
                confirmLabel="确认结束"
                says="结束后不能再签到；签到的每一户记一条待审核的积分，由另一位审核人审核。"
                disabled={write.busy}
                loading={write.busy}
                onConfirm={() => void close()}
              />
            )}
            {closed && (
              <Text className="office-done" {...{ role: 'status' }}>
                {closed}
              </Text>
            )}
            <Outcome write={write} />
          </View>
        )
      }}
    </Loadable>
  )
}

/** The organiser's screen while the activity is on: the code of the minute, and who came. */
function CheckInDesk({ id }: { id: string }) {
  const fetchCode = useCallback(
    () => call('issueCheckInCode', { params: { id } }).then((c) => qrDataUrl(c.code, 8)),
    [id],
  )
  const code = useRenewingCode(fetchCode, CODE_RENEW_MS, CODE_SHOWN_MS)
  const checkIns = useLoad(() => call('listCheckIns', { params: { id } }), [id])
  useEffect(() => {
    const list = setInterval(() => checkIns.reload(), LIST_REFRESH_MS)
    return () => clearInterval(list)
  }, [id])
  return (
    <View className="checkin-desk">
      {code.code && (
        <Image
          className="checkin-desk__qr"
          src={code.code}
          mode="aspectFit"
          data-testid="check-in-code"
          {...{ alt: '签到码：请村民打开小程序“活动签到”扫这个码' }}
        />
      )}
      <Text className="hint">签到码每分钟换一次，请村民打开小程序“活动签到”来扫。</Text>
      <CodeNotRenewed what="签到码" code={code} />
      <Loadable load={checkIns} empty="还没有人签到" isEmpty={(l) => l.items.length === 0}>
        {({ items }) => (
          <View {...{ role: 'list', 'aria-label': '已签到的农户' }}>
            <Text className="subtitle">已签到 {items.length} 户</Text>
            {items.map((c) => (
              <Text key={c.householdId} className="row" {...{ role: 'listitem' }}>
                {c.headName} · {shanghaiTime(c.at).slice(11)}
              </Text>
            ))}
          </View>
        )}
      </Loadable>
    </View>
  )
}
