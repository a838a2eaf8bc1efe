import { useCallback, useEffect, useState } from 'react'

export type Load<T> =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; data: T }

/**
 * Loads what a screen shows and keeps its state (loading, failed with a message, ready),
 * with `reload` for the retry button. A reload keeps the old data on screen until it lands;
 * new inputs do not.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' })
  const run = useCallback(load, deps)
  const reload = useCallback(() => {
    let current = true
    run().then(
      (data) => current && setResult({ state: 'ready', data }),
      (err: Error) => current && setResult({ state: 'failed', message: err.message }),
    )
    return () => {
      current = false
    }
  }, [run])
  // Other inputs (another month, another village) are another load: the last inputs' data
  // never stays on screen under the new choice, where its buttons would act on the old one.
  useEffect(() => {
    setResult({ state: 'loading' })
    return reload()
  }, [reload])
  return { ...result, reload }
}
