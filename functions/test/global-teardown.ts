/** Stops the DynamoDB Local that global-setup started. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.JIFENBAO_ENGINE_PID)
  if (pid) process.kill(pid, 'SIGTERM')
}
