import { describe, expect, it } from '@jest/globals'
import { eachLimited } from './limited'

/** Lets the other workers run before this one goes on. */
const tick = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve()
}

describe('eachLimited', () => {
  it('does every item once, never more than the limit at a time', async () => {
    let inFlight = 0
    let most = 0
    const done: number[] = []

    await eachLimited([...Array(25).keys()], 4, async (n) => {
      most = Math.max(most, ++inFlight)
      await tick()
      done.push(n)
      inFlight--
    })

    expect(most).toBe(4)
    expect(done.sort((a, b) => a - b)).toEqual([...Array(25).keys()])
  })

  it('starts nothing after a failure, lets the running ones finish, then throws it', async () => {
    const started: number[] = []
    const finished: number[] = []

    const run = eachLimited([...Array(20).keys()], 3, async (n) => {
      started.push(n)
      await tick()
      if (n === 4) throw new Error('item 4 failed')
      finished.push(n)
    })

    await expect(run).rejects.toThrow('item 4 failed')
    expect(started.length).toBeLessThan(8)
    expect(finished).toEqual(started.filter((n) => n !== 4))
  })

  it('does nothing for no items', async () => {
    let calls = 0
    await eachLimited([], 8, async () => void calls++)
    expect(calls).toBe(0)
  })
})
