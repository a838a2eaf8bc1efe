import S3rver from 's3rver'

const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`

/**
 * Local S3 (s3rver) with the photo bucket and its CORS rules. It does not verify
 * signatures: presigned policies are proven by unit tests, not by uploads here.
 */
export async function startS3(opts: {
  port: number
  directory: string
  bucket: string
}): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const server = new S3rver({
    port: opts.port,
    address: '127.0.0.1',
    directory: opts.directory,
    silent: true,
    configureBuckets: [{ name: opts.bucket, configs: [CORS] }],
  })
  await server.run()
  return {
    endpoint: `http://127.0.0.1:${opts.port}`,
    // s3rver.close() can hang on open sockets: give it two seconds, and no longer than it needs.
    stop: async () => {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([server.close(), new Promise<void>((r) => (timer = setTimeout(r, 2000)))])
      clearTimeout(timer)
    },
  }
}
