import { Canvas as F2Canvas } from '@antv/f2'
import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useId } from 'react'
import type { ChartCanvasProps } from './specs'

/** WeChat's 2D canvas node, as a selector query finds it. */
interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): CanvasRenderingContext2D
  requestAnimationFrame(tick: () => void): number
  cancelAnimationFrame(frame: number): void
  createImage(): HTMLImageElement
}

/**
 * Draws a chart on WeChat's 2D canvas: the canvas node is found once the page has drawn it,
 * sized to the screen's pixel ratio, and drawn again when the chart changes.
 */
export function ChartCanvas({ spec, height, label }: ChartCanvasProps) {
  const id = `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  useEffect(() => {
    let drawn: Promise<F2Canvas> | undefined
    let left = false
    Taro.nextTick(() =>
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec(([found]: [{ node: CanvasNode; width: number } | null]) => {
          if (left || !found?.node) return
          const { pixelRatio } = Taro.getSystemInfoSync()
          found.node.width = found.width * pixelRatio
          found.node.height = height * pixelRatio
          const chart = new F2Canvas({
            context: found.node.getContext('2d'),
            pixelRatio,
            width: found.width,
            height,
            animate: false,
            children: spec,
            // WeChat has no document or window: text is measured on a canvas of its own,
            // and frames and images come from the canvas node.
            offscreenCanvas: Taro.createOffscreenCanvas({
              type: '2d',
              width: 10,
              height: 10,
            }) as never,
            requestAnimationFrame: (tick: () => void) => found.node.requestAnimationFrame(tick),
            cancelAnimationFrame: (frame: number) => found.node.cancelAnimationFrame(frame),
            createImage: () => found.node.createImage(),
          })
          drawn = chart.render().then(() => chart)
        }),
    )
    // A chart left while it is still drawing is put away once the drawing is done.
    return () => {
      left = true
      void drawn?.then((chart) => chart.destroy())
    }
  }, [spec, height, id])
  return (
    <Canvas
      type="2d"
      id={id}
      className="chart__canvas"
      style={{ width: '100%', height: `${height}px` }}
      {...{ 'aria-label': label, role: 'img' }}
    />
  )
}
