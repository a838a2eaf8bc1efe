/**
 * Runs `work` on every item with at most `limit` in flight: hundreds of households credited
 * within a Lambda's time, or entered from a roster, without flooding the table. On the first
 * failure no new item starts; the ones in flight settle, then that failure is thrown.
 */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!
      try {
        await work(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}
