import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ChartCanvas } from './ChartCanvas'
import type { ChartSpec } from './specs'
import './chart.css'

/**
 * A chart with its title, and the same figures in words beneath it for whoever cannot see
 * the picture (the canvas itself is named by `summary`).
 */
export function Chart(props: {
  title: string
  spec: ChartSpec
  summary: string
  height?: number
  children?: ReactNode
}) {
  return (
    <View className="chart" {...{ role: 'figure', 'aria-label': props.title }}>
      <Text className="subtitle">{props.title}</Text>
      <View className="chart__box">
        <ChartCanvas spec={props.spec} height={props.height ?? 240} label={props.summary} />
      </View>
      {props.children}
    </View>
  )
}
