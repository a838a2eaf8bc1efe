import { useState } from 'react'

/**
 * A button's action: busy while it runs, and the reason in Chinese when it fails. `run`
 * answers whether it succeeded, so the screen can move on (or stay, showing the error).
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true)
    setError('')
    try {
      await action()
      return true
    } catch (err) {
      setError((err as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run, clear: () => setError('') }
}
