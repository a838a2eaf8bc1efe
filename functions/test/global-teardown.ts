/** Stops the DynamoDB Local and the local S3 that global-setup started. */
export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { jifenbaoStack?: { stop(): Promise<void> }[] }).jifenbaoStack ?? []
  await Promise.all(stack.map((service) => service.stop()))
}
