import { afterEach, describe, expect, it } from '@jest/globals'
import { HouseholdInputSchema, TownConfigSchema } from '@jifenbao/shared'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { DataTable } from '../src/office/parts/DataTable'
import { FormField } from '../src/office/parts/FormField'
import { numberOr, useForm } from '../src/office/parts/useForm'

afterEach(cleanup)

/** A village of 500 households, the office's largest list. */
const HOUSEHOLDS = Array.from({ length: 500 }, (_, i) => ({
  id: `h${i}`,
  headName: `户主${String(i + 1).padStart(3, '0')}`,
  members: (i * 7) % 9,
}))

const Households = () => (
  <DataTable
    name="农户"
    rows={HOUSEHOLDS}
    rowKey={(h) => h.id}
    columns={[
      { title: '户主', value: (h) => h.headName },
      { title: '人数', value: (h) => h.members },
    ]}
  />
)
const shownNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent)

describe('an office table', () => {
  it('pages a village of 500 households 20 at a time', () => {
    render(<Households />)
    expect(shownNames()).toHaveLength(20)
    expect(screen.getByText('第 1 / 25 页，共 500 条')).toBeTruthy()
    expect(screen.getByRole('button', { name: '上一页' }).getAttribute('aria-disabled')).toBe(
      'true',
    )
    fireEvent.click(screen.getByRole('button', { name: '下一页' }))
    expect(shownNames()[0]).toBe('户主021')
  })

  it('sorts by a column, numbers as numbers, and reverses on a second tap', () => {
    render(<Households />)
    const header = () => screen.getByRole('columnheader', { name: /人数/ })
    fireEvent.click(screen.getByRole('button', { name: '按人数排序' }))
    expect(header().getAttribute('aria-sort')).toBe('ascending')
    const first = within(screen.getByRole('table')).getAllByRole('row')[1]!
    expect(within(first).getAllByRole('cell')[1]!.textContent).toBe('0')
    fireEvent.click(screen.getByRole('button', { name: '按人数排序' }))
    expect(header().getAttribute('aria-sort')).toBe('descending')
    const top = within(screen.getByRole('table')).getAllByRole('row')[1]!
    expect(within(top).getAllByRole('cell')[1]!.textContent).toBe('8')
  })

  it('filters by what is typed and goes back to the first page', () => {
    render(<Households />)
    fireEvent.click(screen.getByRole('button', { name: '下一页' }))
    fireEvent.input(screen.getByRole('textbox', { name: '筛选农户' }), {
      target: { value: '户主49' },
    })
    expect(shownNames()).toEqual(Array.from({ length: 10 }, (_, i) => `户主49${i}`))
    expect(screen.getByText('第 1 / 1 页，共 10 条')).toBeTruthy()
  })
})

function HouseholdForm() {
  const form = useForm({ headName: '', address: '' }, HouseholdInputSchema, (v) => v, {
    headName: '户主姓名',
  })
  return (
    <div>
      <FormField form={form} name="headName" label="户主姓名" />
      <span>{form.body ? '可以提交' : '不能提交'}</span>
    </div>
  )
}

function AwardForm() {
  const form = useForm(
    { objectionDays: '7' },
    TownConfigSchema.pick({ objectionDays: true }),
    (v) => ({
      objectionDays: numberOr(v.objectionDays),
    }),
  )
  return <FormField form={form} name="objectionDays" label="公示期（天）" />
}

describe('an office form', () => {
  it('says nothing before a box is touched, then the schema’s own words as it is typed', () => {
    render(<HouseholdForm />)
    expect(screen.getByText('不能提交')).toBeTruthy()
    expect(screen.queryByText(/请填写/)).toBeNull()
    const box = screen.getByRole('textbox', { name: '户主姓名' })
    fireEvent.input(box, { target: { value: '陈桂兰' } })
    expect(screen.getByText('可以提交')).toBeTruthy()
    fireEvent.input(box, { target: { value: '' } })
    expect(screen.getByText('不能提交')).toBeTruthy()
  })

  it('shows the server’s message for a number out of bounds, and keeps the text as typed', () => {
    render(<AwardForm />)
    const box = screen.getByRole('textbox', { name: '公示期（天）' }) as HTMLInputElement
    fireEvent.input(box, { target: { value: '40' } })
    expect(screen.getByText('公示期最多 30 天')).toBeTruthy()
    expect(box.value).toBe('40')
  })
})
