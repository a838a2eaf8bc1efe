import { MAX_UPLOAD_BYTES } from '@jifenbao/shared'
import { env } from '../lib/ground/env'
import { awsTarget, presignedUrl, signedFetch, signedPostPolicy } from './aws-signing'

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

/** The bucket: locally the stand-in's, path-style; on AWS its own host in the function's region. */
function bucket() {
  const { s3Endpoint, photoBucket: name } = env()
  if (s3Endpoint)
    return {
      name,
      target: awsTarget('s3', { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }),
      base: `${s3Endpoint}/${name}`,
    }
  const target = awsTarget('s3')
  return { name, target, base: `https://${name}.s3.${target.region}.amazonaws.com` }
}

const objectUrl = (base: string, key: string, query = '') =>
  new URL(`${base}/${key.split('/').map(encodeURIComponent).join('/')}${query}`)

/** S3 takes the body as sent: its hash is not signed into the request. */
const UNSIGNED = { 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' }

export const s3Photos: PhotoStore = {
  async presignUpload(key, contentType, size) {
    const { name, target, base } = bucket()
    const fields = await signedPostPolicy(target, {
      bucket: name,
      key,
      conditions: uploadConditions(key, contentType, size),
      fields: { 'Content-Type': contentType },
      expiresIn: LINK_SECONDS,
    })
    return { url: `${base}/`, fields }
  },
  async exists(key) {
    const { target, base } = bucket()
    const response = await signedFetch(target, objectUrl(base, key), {
      method: 'HEAD',
      headers: UNSIGNED,
    })
    if (response.ok) return true
    if (response.status === 404) return false
    throw new Error(`S3 answered ${response.status} to HEAD ${key}`)
  },
  async link(key) {
    const { target, base } = bucket()
    return presignedUrl(
      target,
      objectUrl(base, key, '?x-id=GetObject'),
      { method: 'GET', headers: UNSIGNED },
      LINK_SECONDS,
    )
  },
}
