/**
 * A schema built the first time it is used. Every handler's Lambda loads its contract area's
 * table, which names all the area's schemas; building each zod schema at load (a few
 * microseconds an instance, thousands of instances) was most of a cold start beyond the
 * DynamoDB client's. What it stands for is built on the first read of any property: a route's
 * own schemas when it is first called, the rest never.
 */
export function lazily<T extends object>(build: () => T): T {
  let built: T | undefined
  const real = () => (built ??= build())
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  })
}
