import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createPresignedPost } from '@aws-sdk/s3-presigned-post'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import type { PhotoStore } from '../src/adapters/photos'
import { credentials, region, sdkRequestOf } from './sdk-requests'

/**
 * The local S3 does not check signatures: the requests this code signs are held to what the
 * AWS SDK's own clients make of the same call, at the same instant (the SDK stays a
 * development dependency for this).
 */
const BUCKET = 'jifenbao-prod-photos'
const KEY = 'T1/photos/0f8c2d6e.jpg'

/** The photo store as a Lambda on AWS sees it: its region and role in its environment. */
async function photosOnAws(): Promise<PhotoStore> {
  const saved = process.env
  process.env = {
    ...saved,
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
    PHOTO_BUCKET: BUCKET,
    S3_ENDPOINT: '',
  }
  restoreEnv = () => (process.env = saved)
  let store: PhotoStore | undefined
  await jest.isolateModulesAsync(async () => {
    store = (await import('../src/adapters/photos')).s3Photos
  })
  return store!
}
let restoreEnv = () => process.env

const sdkS3 = () =>
  new S3Client({
    region,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

describe('S3 requests signed without the S3 client', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-06T02:03:04.567Z'), advanceTimers: true })
  })
  afterEach(() => {
    jest.useRealTimers()
    restoreEnv()
  })

  it('a photo’s upload form is the one the SDK’s createPresignedPost makes', async () => {
    const photos = await photosOnAws()
    const ours = await photos.presignUpload(KEY, 'image/jpeg', 2048)
    const sdk = await createPresignedPost(sdkS3(), {
      Bucket: BUCKET,
      Key: KEY,
      Conditions: [
        ['eq', '$key', KEY],
        ['eq', '$Content-Type', 'image/jpeg'],
        ['content-length-range', 1, 2048],
      ],
      Fields: { 'Content-Type': 'image/jpeg' },
      Expires: 600,
    })

    expect(ours.fields).toEqual(sdk.fields)
    expect(Object.keys(ours.fields)).toEqual(Object.keys(sdk.fields))
    expect(ours.url).toBe(sdk.url)
  })

  it('a photo’s existence check asks S3 as the SDK’s HeadObject does, signed for the same key', async () => {
    const photos = await photosOnAws()
    const fetched: { url: string; init: RequestInit }[] = []
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      fetched.push({ url: String(url), init: init! })
      return new Response(null, { status: fetched.length === 1 ? 200 : 404 })
    })
    try {
      expect(await photos.exists(KEY)).toBe(true)
      expect(await photos.exists(KEY)).toBe(false)
    } finally {
      fetchSpy.mockRestore()
    }
    const sdk = await sdkRequestOf(
      (options) => new S3Client(options),
      new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }),
    )
    const ours = fetched[0]!
    const headers = Object.fromEntries(ours.init.headers as [string, string][])
    expect(ours.init.method).toBe('HEAD')
    expect(ours.url).toBe(`https://${sdk.hostname}${sdk.path}`)
    for (const header of ['x-amz-date', 'x-amz-security-token'])
      expect(headers[header]).toBe(sdk.headers[header])
    const scope = (authorization: string) => authorization.match(/Credential=([^,]+)/)![1]
    expect(scope(headers.authorization!)).toBe(scope(sdk.headers.authorization!))
  })

  it('a photo’s read link is the one the SDK’s getSignedUrl makes', async () => {
    const photos = await photosOnAws()
    const ours = await photos.link(KEY)
    const sdk = await getSignedUrl(sdkS3(), new GetObjectCommand({ Bucket: BUCKET, Key: KEY }), {
      expiresIn: 600,
    })

    expect(new URL(ours).origin + new URL(ours).pathname).toBe(
      new URL(sdk).origin + new URL(sdk).pathname,
    )
    expect(Object.fromEntries(new URL(ours).searchParams)).toEqual(
      Object.fromEntries(new URL(sdk).searchParams),
    )
  })
})
