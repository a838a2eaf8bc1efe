import { useState } from 'react'
import { newIdempotencyKey, OfflineError } from '../api/client'

/**
 * The Idempotency-Key of a write that must happen once (an entry, a redemption) across the
 * taps of a person on a weak signal: kept while the last try ended in doubt (the connection
 * dropped, the server may have done it), renewed once a definite answer came. A draft
 * brings back the key it was saved with.
 */
export function useWriteKey(saved?: { key: string; inDoubt: boolean }) {
  const [key, setKey] = useState(() => saved?.key ?? newIdempotencyKey())
  const [inDoubt, setInDoubt] = useState(saved?.inDoubt ?? false)
  const renew = () => {
    setKey(newIdempotencyKey())
    setInDoubt(false)
  }
  return {
    key,
    inDoubt,
    renew,
    /** After a try: in doubt on a dropped connection, a fresh key after any answer. */
    settle(err?: unknown) {
      if (err instanceof OfflineError) setInDoubt(true)
      else renew()
    },
  }
}
