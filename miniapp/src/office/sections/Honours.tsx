import { monthOf } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../api/client'
import { Chips } from '../../components/Chips'
import { DownloadButton } from '../../components/DownloadButton'
import { Loadable } from '../../components/Loadable'
import { RankingsBoard } from '../../components/RankingsBoard'
import { useLoad } from '../../lib/useLoad'
import { DataTable } from '../parts/DataTable'
import type { Office } from '../parts/office'

const yearsUpTo = (now: Date) =>
  [0, 1].map((back) => String(Number(monthOf(now).slice(0, 4)) - back))

/** The year's honoured households of the village, and the party members' report. */
function YearHonours({ villageId }: { villageId: string }) {
  const years = yearsUpTo(new Date())
  const [year, setYear] = useState(years[0]!)
  const honours = useLoad(
    () => call('yearHonours', { params: { year }, query: { villageId } }),
    [year, villageId],
  )
  return (
    <View className="card">
      <Text className="subtitle">年度评优</Text>
      <Chips options={years} value={year} onChange={setYear} label={(y) => `${y} 年`} />
      <Loadable load={honours} empty="" isEmpty={() => false}>
        {(h) => (
          <View>
            <DataTable
              name="评优农户"
              rows={h.items}
              rowKey={(i) => i.householdId}
              empty="这一年还没有评出的农户"
              columns={[
                { title: '名次', value: (i) => i.rank },
                { title: '户主', value: (i) => i.headName },
                { title: '全年山药豆', value: (i) => i.earned },
              ]}
            />
            {year < years[0]! ? (
              <View className="office-inline">
                <DownloadButton
                  label="下载评优名单（Excel）"
                  route="exportHonours"
                  input={{ query: { year, villageId } }}
                  fallbackName={`${year}年度评优.xlsx`}
                />
                <DownloadButton
                  label="下载党员户情况（Excel）"
                  route="exportPartyMembers"
                  input={{ query: { year, villageId } }}
                  fallbackName={`${year}年党员户情况.xlsx`}
                />
                <DownloadButton
                  label="打印荣誉证书（PDF，每户一页）"
                  route="printCertificates"
                  input={{ params: { year }, query: { villageId } }}
                  fallbackName={`${year}年度荣誉证书.pdf`}
                />
              </View>
            ) : (
              <Text className="hint">这一年结束后可以下载评优名单和党员户情况</Text>
            )}
            <Text className="subtitle">党员户报告</Text>
            <DataTable
              name="党员户"
              rows={h.partyMembers ?? []}
              rowKey={(i) => i.householdId}
              empty="村里还没有标为党员的人"
              columns={[
                { title: '户主', value: (i) => i.headName },
                { title: '全年山药豆', value: (i) => i.earned },
                { title: '名次', value: (i) => i.rank ?? '未评上' },
                { title: '负面清单', value: (i) => (i.excluded ? '不参评' : '—') },
              ]}
            />
          </View>
        )}
      </Loadable>
    </View>
  )
}

/** Quarter rankings and awards (the town), and the year's honours of the village. */
export function Honours({ office }: { office: Office }) {
  return (
    <View>
      {office.isTown && (
        <View className="card">
          <Text className="subtitle">季度评比</Text>
          <RankingsBoard />
        </View>
      )}
      {office.villageId && <YearHonours villageId={office.villageId} />}
    </View>
  )
}
