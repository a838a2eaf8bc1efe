import { Axis, Chart, createElement, Interval, Legend } from '@antv/f2'

/** Colours of the charts: each passes 3:1 against white, and the two of a pair differ in lightness. */
export const CHART_COLOURS = ['#2e7d32', '#b45309', '#1d4ed8']

/** What a chart draws: F2's element tree, made the same way for both builds. */
export type ChartSpec = ReturnType<typeof createElement>

/** What draws a chart, in either build: its spec, its height, and its name read out. */
export interface ChartCanvasProps {
  spec: ChartSpec
  height: number
  label: string
}

/** F2's element of a component (its own typing asks each one's props type up front). */
const el = (type: unknown, props: object, ...children: ChartSpec[]): ChartSpec =>
  createElement(type as never, props as never, ...children)

const LABEL = { fontSize: 13, fill: '#333' }

/** Bars of one value per category (a village, say), left to right, up to `max` if given. */
export function barsSpec(
  rows: { label: string; value: number }[],
  unit: string,
  max?: number,
): ChartSpec {
  return el(
    Chart,
    { data: rows, scale: { value: { min: 0, nice: true, ...(max && { max }) } } },
    el(Axis, { field: 'label', style: { label: LABEL } }),
    el(Axis, {
      field: 'value',
      style: { label: LABEL },
      formatter: (v: number) => `${v}${unit}`,
    }),
    el(Interval, { x: 'label', y: 'value', color: CHART_COLOURS[0] }),
  )
}

/** Two values side by side per category (earned and spent by month), with their legend. */
export function pairedBarsSpec(
  rows: { label: string; series: string; value: number }[],
  series: [string, string],
): ChartSpec {
  return el(
    Chart,
    // Six category labels at most, so that twelve months stay readable on a phone.
    { data: rows, scale: { value: { min: 0, nice: true }, label: { tickCount: 6 } } },
    el(Axis, { field: 'label', style: { label: LABEL } }),
    el(Axis, { field: 'value', style: { label: LABEL } }),
    el(Interval, {
      x: 'label',
      y: 'value',
      color: { field: 'series', range: CHART_COLOURS.slice(0, 2), values: series },
      adjust: 'dodge',
    }),
    el(Legend, { position: 'top', style: { fontSize: 13 } }),
  )
}

/** Shares of a whole as a ring, with its legend. */
export function ringSpec(rows: { label: string; value: number }[]): ChartSpec {
  return el(
    Chart,
    {
      data: rows.map((r) => ({ ...r, whole: '全部' })),
      coord: { type: 'polar', transposed: true, innerRadius: 0.5 },
    },
    el(Interval, {
      x: 'whole',
      y: 'value',
      adjust: 'stack',
      color: { field: 'label', range: CHART_COLOURS },
    }),
    el(Legend, { position: 'right', style: { fontSize: 13 } }),
  )
}
