import { chineseOf, type RosterImportAnswer, type RosterProblem } from '@jifenbao/shared'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, call, newIdempotencyKey } from '../../api/client'
import { Button } from '../../components/Button'
import { ConfirmButton } from '../../components/ConfirmButton'
import { pickFile, type PickedFile } from '../../lib/pickFile'
import { useAction } from '../../lib/useAction'
import { DataTable } from '../parts/DataTable'

const creates = (a: RosterImportAnswer) =>
  `${a.grids} 个网格、${a.groups} 个联户小组、${a.households} 户、${a.people} 人`
/** A real run's 400 lists the same problems a dry run does: by row and column. */
const problemsIn = (err: unknown) =>
  err instanceof ApiError && Array.isArray(err.details) && 'row' in (err.details[0] ?? {})
    ? (err.details as RosterProblem[])
    : undefined

/**
 * The roster from an Excel file: it is checked first (every problem by row and column, and
 * nothing written); a clean file is then imported whole, with its progress shown. A retry
 * after a lost connection carries the same key, so the server finishes what it began.
 */
export function RosterImport({ villageId }: { villageId: string }) {
  const [file, setFile] = useState<PickedFile & { key: string }>()
  const [check, setCheck] = useState<RosterImportAnswer>()
  const [done, setDone] = useState<RosterImportAnswer>()
  const [progress, setProgress] = useState<{ chunks: number; written: number }>()
  const checking = useAction()
  const importing = useAction()

  const choose = () =>
    checking.run(async () => {
      const picked = await pickFile('.xlsx')
      if (!picked) return
      setCheck(undefined)
      setDone(undefined)
      importing.clear()
      setFile({ ...picked, key: newIdempotencyKey() })
      setCheck(
        await call('importRoster', {
          params: { villageId },
          query: { dryRun: 'true' },
          body: { fileName: picked.name, contentBase64: picked.base64 },
        }),
      )
    })

  async function importAll(chosen: NonNullable<typeof file>) {
    setProgress(undefined)
    const poll = () =>
      call('rosterImportProgress', { params: { villageId, key: chosen.key } }).then(
        setProgress,
        () => undefined,
      )
    void poll()
    const polling = setInterval(poll, 1000)
    await importing.run(async () => {
      try {
        setDone(
          await call(
            'importRoster',
            {
              params: { villageId },
              query: { dryRun: 'false' },
              body: { fileName: chosen.name, contentBase64: chosen.base64 },
            },
            { idempotencyKey: chosen.key, timeoutMs: 60_000 },
          ),
        )
      } catch (err) {
        // Someone registered a phone in the meantime: the file is checked again, as shown.
        const problems = problemsIn(err)
        if (problems) setCheck((c) => c && { ...c, errors: problems })
        throw err
      }
    })
    clearInterval(polling)
  }

  const percent = progress?.chunks ? Math.round((100 * progress.written) / progress.chunks) : 0
  return (
    <View className="card" data-testid="roster-import">
      <Text className="subtitle">从 Excel 导入名册</Text>
      <Text className="hint">
        用模板填写，一行一人，户主本人也占一行。没有的网格、联户小组会新建；已在本镇登记的手机号、身份证号不能再导入。先检查，没有问题才导入。
      </Text>
      <Button className="button" loading={checking.busy} disabled={importing.busy} onClick={choose}>
        {file ? '重新选择 Excel 文件' : '选择 Excel 文件'}
      </Button>
      {checking.error && <Text className="error">{checking.error}</Text>}
      {file && check && (
        <View>
          <Text className="muted">
            《{file.name}》共 {check.rows} 行
          </Text>
          {check.errors.length > 0 ? (
            <View>
              <Text className="error" data-testid="roster-problems">
                有 {check.errors.length} 处问题，没有导入任何数据。请在 Excel
                里改正下面这些格子，保存后重新选择文件。
              </Text>
              <DataTable
                name="名册的问题"
                rows={check.errors}
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                columns={[
                  { title: '行', value: (p) => p.row },
                  { title: '列', value: (p) => p.column },
                  { title: '问题', value: (p) => chineseOf(p.message), wide: true },
                ]}
              />
            </View>
          ) : done ? (
            <Text className="notice" data-testid="roster-imported">
              已导入：新建 {creates(done)}。在“农户”里可以查看各户、发绑定码。
            </Text>
          ) : (
            <View>
              <Text className="notice">检查通过：将新建 {creates(check)}。</Text>
              <ConfirmButton
                label={`导入 ${check.households} 户（${check.people} 人）`}
                confirmLabel="确认导入"
                says={`将新建 ${creates(check)}。导入后不能撤销：多出的户只能逐户注销。`}
                disabled={importing.busy}
                loading={importing.busy}
                onConfirm={() => void importAll(file)}
              />
            </View>
          )}
        </View>
      )}
      {importing.busy && (
        <View
          className="progress"
          {...{
            role: 'progressbar',
            'aria-label': '导入进度',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': percent,
          }}
        >
          <View className="progress__bar" style={{ width: `${percent}%` }} />
          <Text>{progress?.chunks ? `正在导入… ${percent}%` : '正在检查全部数据…'}</Text>
        </View>
      )}
      {importing.error && !done && (
        <View>
          <Text className="error">{importing.error}</Text>
          {file && check?.errors.length === 0 && (
            <Button className="button button--plain" onClick={() => void importAll(file)}>
              重试导入（已写入的不会重复）
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
