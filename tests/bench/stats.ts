/** Latency figures of a sample of milliseconds. */
export function percentiles(ms: number[]): { n: number; p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { n: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)) }
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/**
 * Runs `work` on `workers` concurrent loops of `each` calls, timing each call; a call that
 * returns a number has timed itself (e.g. leaving out a preparatory request).
 */
export async function timedConcurrently(
  workers: number,
  each: number,
  work: (worker: number, i: number) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = []
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; i < each; i++) {
        const start = performance.now()
        const own = await work(w, i)
        samples.push(typeof own === 'number' ? own : performance.now() - start)
      }
    }),
  )
  return samples
}
