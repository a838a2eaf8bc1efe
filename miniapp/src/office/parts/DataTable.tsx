import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { Tappable } from '../../components/Tappable'

export interface Column<T> {
  title: string
  /** What the column sorts and filters by. */
  value: (row: T) => string | number
  /** What it shows, when more than the value (a button, a status). */
  show?: (row: T) => ReactNode
  /** A column of buttons or long text: thrice the room of the others on a wide screen. */
  wide?: boolean
}

const PAGE = 20
const cellClass = (c: { wide?: boolean }) =>
  `office-table__cell ${c.wide ? 'office-table__cell--wide' : ''}`

/**
 * A table that sorts by any column (tap its title again to reverse), filters by what is
 * typed, and pages on 20 rows at a time: a village of 500 households stays one screen.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  name,
  empty = '没有记录',
}: {
  rows: T[]
  columns: Column<T>[]
  rowKey: (row: T) => string
  /** What the table lists, read out with it ("农户"). */
  name: string
  empty?: string
}) {
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null)
  const [page, setPage] = useState(0)

  const needle = filter.trim()
  const shown = rows.filter(
    (row) => !needle || columns.some((c) => String(c.value(row)).includes(needle)),
  )
  if (sort) {
    const by = columns[sort.column]!.value
    shown.sort((a, b) => {
      const [x, y] = [by(a), by(b)]
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'zh')
      return sort.descending ? -order : order
    })
  }
  const pages = Math.max(1, Math.ceil(shown.length / PAGE))
  const at = Math.min(page, pages - 1)
  const sortBy = (column: number) => {
    setSort(
      sort?.column === column
        ? { column, descending: !sort.descending }
        : { column, descending: false },
    )
    setPage(0)
  }

  return (
    <View className="office-table-wrap">
      <Field
        placeholder={`筛选${name}（输入任何一栏的字）`}
        label={`筛选${name}`}
        value={filter}
        onChange={(text) => {
          setFilter(text)
          setPage(0)
        }}
      />
      <View className="office-table" {...{ role: 'table', 'aria-label': name }}>
        <View className="office-table__row office-table__head" {...{ role: 'row' }}>
          {columns.map((c, i) => (
            <View
              key={c.title}
              className={cellClass(c)}
              {...{
                role: 'columnheader',
                'aria-sort':
                  sort?.column === i ? (sort.descending ? 'descending' : 'ascending') : 'none',
              }}
            >
              <Tappable onTap={() => sortBy(i)} label={`按${c.title}排序`}>
                {c.title}
                {sort?.column === i ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </Tappable>
            </View>
          ))}
        </View>
        {shown.slice(at * PAGE, (at + 1) * PAGE).map((row) => (
          <View key={rowKey(row)} className="office-table__row" {...{ role: 'row' }}>
            {columns.map((c) => (
              <View key={c.title} className={cellClass(c)} {...{ role: 'cell' }}>
                {c.show ? c.show(row) : String(c.value(row))}
              </View>
            ))}
          </View>
        ))}
      </View>
      {shown.length === 0 && <Text className="hint">{needle ? '没有符合筛选的记录' : empty}</Text>}
      <View className="office-pager">
        <Button
          className="button button--plain"
          disabled={at === 0}
          onClick={() => setPage(at - 1)}
        >
          上一页
        </Button>
        <Text>
          第 {at + 1} / {pages} 页，共 {shown.length} 条
        </Text>
        <Button
          className="button button--plain"
          disabled={at >= pages - 1}
          onClick={() => setPage(at + 1)}
        >
          下一页
        </Button>
      </View>
    </View>
  )
}
