import { NoticeInputSchema } from '@jifenbao/shared'
import { Text, Textarea, View } from '@tarojs/components'
import { call } from '../../api/client'
import { MorePages } from '../../components/MorePages'
import { ConfirmButton } from '../../components/ConfirmButton'
import { Loadable } from '../../components/Loadable'
import { NoticeCard } from '../../components/Notices'
import { usePages } from '../../lib/usePages'
import { FormField } from '../parts/FormField'
import type { Office } from '../parts/office'
import { Outcome } from '../parts/Outcome'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

/**
 * The village's notice board (通知公告): a notice is written, read over once it says what
 * will happen, and posted to every member's home; the board lists what was posted.
 */
export function NoticeBoard({ office }: { office: Office }) {
  const villageId = office.villageId!
  const form = useForm({ title: '', body: '' }, NoticeInputSchema, (v) => v, {
    title: '标题',
    body: '内容',
  })
  const write = useWrite()
  const pages = usePages(
    (cursor) => call('listNotices', { params: { villageId }, query: { cursor } }),
    [villageId],
  )
  const post = () =>
    write
      .run(
        () => call('createNotice', { params: { villageId }, body: form.body! }),
        '已发布：全村村民的首页都能看到',
      )
      .then((ok) => ok && (form.reset(), pages.first.reload()))
  const problem = form.problem('body')
  return (
    <View>
      <View className="card">
        <Text className="subtitle">发布通知</Text>
        <FormField
          form={form}
          name="title"
          label="标题"
          placeholder="标题，如：本周六召开村民会议"
        />
        <Text className="office-field__label">内容</Text>
        <Textarea
          className="input notice-board__body"
          value={form.values.body}
          maxlength={-1}
          placeholder="写清楚时间、地点、要做什么"
          onInput={(e) => form.set('body')(e.detail.value)}
          nativeProps={{ 'aria-label': '内容' }}
        />
        {problem && <Text className="error">{problem}</Text>}
        <ConfirmButton
          label="发布通知"
          confirmLabel="确认发布"
          says="发布后全村村民的首页都会看到这条通知，不能撤回。"
          disabled={!form.body || write.busy}
          loading={write.busy}
          onConfirm={() => void post()}
        />
        <Outcome write={write} />
      </View>
      <View className="card">
        <Text className="subtitle">已发布的通知</Text>
        <Loadable load={pages.first} empty="还没有发过通知" isEmpty={(p) => p.items.length === 0}>
          {({ items }) => (
            <View>
              {[...items, ...pages.more].map((n) => (
                <NoticeCard key={n.id} notice={n} />
              ))}
              <MorePages pages={pages} />
            </View>
          )}
        </Loadable>
      </View>
    </View>
  )
}
