import { Canvas } from '@antv/f2'
import { useEffect, useRef, useState } from 'react'
import type { ChartCanvasProps } from './specs'

/**
 * Draws a chart on a canvas of the page (the browser build): as wide as its box at the
 * screen's pixel ratio. One chart lives as long as its canvas: a new spec updates it, a
 * resized box (a phone turned, a window narrowed) resizes it.
 */
export function ChartCanvas({ spec, height, label }: ChartCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Canvas>()
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const box = ref.current!.parentElement!
    const watch = new ResizeObserver(() => setWidth(box.clientWidth))
    watch.observe(box)
    return () => {
      watch.disconnect()
      chart.current?.destroy()
    }
  }, [])
  useEffect(() => {
    if (!width) return
    if (chart.current) {
      const drawn = chart.current
      void drawn.resize(width, height).then(() => drawn.update({ children: spec }))
      return
    }
    const el = ref.current!
    const pixelRatio = window.devicePixelRatio || 1
    el.width = width * pixelRatio
    el.height = height * pixelRatio
    el.style.width = `${width}px`
    el.style.height = `${height}px`
    chart.current = new Canvas({
      context: el.getContext('2d')!,
      pixelRatio,
      width,
      height,
      animate: false,
      children: spec,
    })
    void chart.current.render()
  }, [spec, height, width])
  return <canvas ref={ref} role="img" aria-label={label} className="chart__canvas" />
}
