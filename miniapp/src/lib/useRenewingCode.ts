import { useCallback, useEffect, useState } from 'react'

/**
 * A code someone else scans (the pay code, the check-in code): asked for at once and again
 * every `renewMs`. One that could not be renewed is taken off the screen `shownMs` after it
 * came, before the server lets it expire, so nobody scans a dead code; `renew` is for the
 * retry button. Counted on the phone's own clock, which may be wrong: the expiry is the
 * server's, so only the time since the code arrived is trusted.
 */
export function useRenewingCode<T>(fetchCode: () => Promise<T>, renewMs: number, shownMs: number) {
  const [code, setCode] = useState<{ value: T; renewsAt: number; hideAt: number }>()
  const [error, setError] = useState('')
  const [now, setNow] = useState(Date.now())

  const renew = useCallback(
    () =>
      fetchCode().then(
        (value) => {
          const at = Date.now()
          setCode({ value, renewsAt: at + renewMs, hideAt: at + shownMs })
          setNow(at)
          setError('')
        },
        (err: Error) => setError(err.message),
      ),
    [fetchCode, renewMs, shownMs],
  )
  useEffect(() => {
    void renew()
    const renewing = setInterval(renew, renewMs)
    const ticking = setInterval(() => setNow(Date.now()), 1000)
    return () => {
      clearInterval(renewing)
      clearInterval(ticking)
    }
  }, [renew, renewMs])

  const shown = code && now < code.hideAt ? code : undefined
  return {
    /** The code while it may still be scanned. */
    code: shown?.value,
    /** Seconds until the next one comes. */
    renewsIn: shown ? Math.max(0, Math.ceil((shown.renewsAt - now) / 1000)) : undefined,
    error,
    renew,
  }
}
