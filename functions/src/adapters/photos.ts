import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createPresignedPost } from '@aws-sdk/s3-presigned-post'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { MAX_UPLOAD_BYTES } from '@jifenbao/shared'
import { env } from '../lib/ground/env'

/** Presigned uploads and links live at most this long (API.md: ≤ 10 min). */
export const LINK_SECONDS = 600

/** Photo storage (the port): short-lived upload policies and read links, and existence checks. */
export interface PhotoStore {
  presignUpload(
    key: string,
    contentType: string,
    size: number,
  ): Promise<{ url: string; fields: Record<string, string> }>
  exists(key: string): Promise<boolean>
  link(key: string): Promise<string>
}

/** The conditions an upload must meet: this key, this type, at most 5 MB and the size announced. */
export function uploadConditions(key: string, contentType: string, size: number) {
  return [
    ['eq', '$key', key],
    ['eq', '$Content-Type', contentType],
    ['content-length-range', 1, Math.min(size, MAX_UPLOAD_BYTES)],
  ] as const
}

let s3: S3Client | undefined
function client(): S3Client {
  const { s3Endpoint } = env()
  s3 ??= new S3Client({
    // The default checksum would be signed into presigned requests, which S3 then rejects.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(s3Endpoint && {
      endpoint: s3Endpoint,
      region: 'local',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  })
  return s3
}

export const s3Photos: PhotoStore = {
  async presignUpload(key, contentType, size) {
    const { url, fields } = await createPresignedPost(client(), {
      Bucket: env().photoBucket,
      Key: key,
      Conditions: uploadConditions(key, contentType, size).map((c) => [...c]) as never,
      Fields: { 'Content-Type': contentType },
      Expires: LINK_SECONDS,
    })
    return { url, fields }
  },
  async exists(key) {
    return client()
      .send(new HeadObjectCommand({ Bucket: env().photoBucket, Key: key }))
      .then(
        () => true,
        (err: Error & { $metadata?: { httpStatusCode?: number } }) => {
          if (err.$metadata?.httpStatusCode === 404 || err.name === 'NotFound') return false
          throw err
        },
      )
  },
  link: (key) =>
    getSignedUrl(client(), new GetObjectCommand({ Bucket: env().photoBucket, Key: key }), {
      expiresIn: LINK_SECONDS,
    }),
}
