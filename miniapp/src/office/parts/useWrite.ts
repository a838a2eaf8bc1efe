import { useState } from 'react'
import { useAction } from '../../lib/useAction'

/** A write that says what came of it: the server's reason when refused, what was done when not. */
export function useWrite() {
  const action = useAction()
  const [done, setDone] = useState('')
  return {
    ...action,
    done,
    run: async (write: () => Promise<unknown>, said: string) => {
      setDone('')
      const ok = await action.run(write)
      if (ok) setDone(said)
      return ok
    },
  }
}

export type Write = ReturnType<typeof useWrite>
