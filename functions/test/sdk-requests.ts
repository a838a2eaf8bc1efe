/**
 * S3 and SQS cannot run here: the requests our adapters sign are held to what the AWS SDK's
 * own clients make of the same call, with these credentials, in this region.
 */
export const region = 'ap-east-1'
export const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'session/token+from=the-role',
}

/** A request an SDK client signed, as it would have sent it. */
export interface SdkRequest {
  hostname: string
  path: string
  headers: Record<string, string>
  body: Uint8Array
}

/**
 * The request an SDK client makes of one command, signed and kept instead of sent: pass the
 * client's options (region, credentials, a handler that keeps the request) to `client`.
 */
export async function sdkRequestOf(
  client: (options: object) => { send: (command: never) => Promise<unknown> },
  command: unknown,
): Promise<SdkRequest> {
  let kept: SdkRequest | undefined
  const requestHandler = {
    handle: async (request: SdkRequest) => {
      kept = request
      throw new Error('kept, not sent')
    },
  }
  await client({ region, credentials, requestHandler, maxAttempts: 1 })
    .send(command as never)
    .catch(() => undefined)
  if (!kept) throw new Error('the SDK client made no request')
  return kept
}
