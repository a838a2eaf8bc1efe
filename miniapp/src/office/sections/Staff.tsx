import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../components/Button'
import { openPage } from '../../lib/unopened'
import { DownloadButton } from '../../components/DownloadButton'
import type { Office } from '../parts/office'
import { NewPerson } from './NewPerson'
import { PersonPanel } from './PersonPanel'
import { RosterImport } from './RosterImport'

/** Staff who are no household's member (a clerk, a town officer): add them, then give a role. */
export function Staff({ office }: { office: Office }) {
  const [personId, setPersonId] = useState<string>()
  return (
    <View>
      <View className="card">
        <Text className="subtitle">添加工作人员</Text>
        <Text className="hint">村民的职务（联户小组长等）在“农户”里打开本人任命</Text>
        <NewPerson added={setPersonId} />
      </View>
      {personId && (
        <PersonPanel key={personId} office={office} personId={personId} changed={() => undefined} />
      )}
    </View>
  )
}

/**
 * The paper roster: a whole village from the Excel template, or a few households pasted
 * as text on the page made for it.
 */
export function Roster({ office }: { office: Office }) {
  const [unopened, setUnopened] = useState('')
  return (
    <View>
      <DownloadButton
        label="下载 Excel 名册模板"
        route="rosterTemplate"
        input={{}}
        fallbackName="花名册模板.xlsx"
      />
      {office.villageId && <RosterImport key={office.villageId} villageId={office.villageId} />}
      <View className="card">
        <Text className="subtitle">补录几户</Text>
        <Text className="hint">
          照着纸质名册，每行一户：“户主 地址 手机号”。录入前会逐行预览，有错的行会标出来。
        </Text>
        <Button
          disabled={!office.villageId}
          onClick={() =>
            openPage(`/leader/roster/index?villageId=${office.villageId}`, setUnopened)
          }
        >
          打开名册录入
        </Button>
        {unopened && <Text className="error">{unopened}</Text>}
      </View>
    </View>
  )
}
