import { dateOf, receiptNumber, shanghaiTime, StatementQuerySchema } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { DownloadButton } from '../../components/DownloadButton'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import { FormField } from '../parts/FormField'
import { useForm } from '../parts/useForm'

/** What a shop gave out over a period, by item, for reimbursement; and one day's receipts. */
export function ShopStatement({ shopId }: { shopId: string }) {
  const today = dateOf(new Date())
  const form = useForm(
    { from: `${today.slice(0, 8)}01`, to: today },
    StatementQuerySchema,
    (v) => v,
    {
      from: '开始日期',
      to: '结束日期',
    },
  )
  const [period, setPeriod] = useState(form.body!)
  const statement = useLoad(
    () => call('shopStatement', { params: { shopId }, query: period }),
    [shopId, period],
  )
  const receipts = useLoad(
    async () =>
      (await call('listRedemptions', { params: { shopId }, query: { date: period.to } })).items,
    [shopId, period.to],
  )
  return (
    <View>
      <Text className="subtitle">对账单（报销用）</Text>
      <View className="office-inline">
        <FormField form={form} name="from" label="开始日期" />
        <FormField form={form} name="to" label="结束日期" />
        <Button disabled={!form.body} onClick={() => setPeriod(form.body!)}>
          查看
        </Button>
      </View>
      <Loadable load={statement} empty="" isEmpty={() => false}>
        {(s) => (
          <View>
            <Text className="office-total">
              {s.from} 至 {s.to}：共 {s.count} 笔，{s.beans} 豆
            </Text>
            <DownloadButton
              label="下载对账单（Excel，每笔一行）"
              route="exportStatement"
              input={{ query: { shopId, from: s.from, to: s.to } }}
              fallbackName={`对账单${s.from}至${s.to}.xlsx`}
            />
            <DataTable
              name="对账单"
              rows={s.lines}
              rowKey={(l) => l.itemId}
              empty="这段时间没有兑换"
              columns={[
                { title: '商品', value: (l) => l.name },
                { title: '件数', value: (l) => l.qty },
                { title: '山药豆', value: (l) => l.beans },
              ]}
            />
          </View>
        )}
      </Loadable>
      <Text className="subtitle">{period.to} 的兑换单</Text>
      <Loadable load={receipts} empty="这一天没有兑换">
        {(items) => (
          <DataTable
            name="兑换单"
            rows={items}
            rowKey={(r) => r.id}
            columns={[
              { title: '单号', value: (r) => receiptNumber(r.id) },
              { title: '时间', value: (r) => shanghaiTime(r.at).slice(11) },
              { title: '户主', value: (r) => r.headName ?? '' },
              { title: '山药豆', value: (r) => r.total },
              { title: '状态', value: (r) => (r.voided ? `已撤销：${r.voided.reason}` : '有效') },
            ]}
          />
        )}
      </Loadable>
    </View>
  )
}
