import { ulid } from 'ulid'
import { LINK_SECONDS, s3Photos } from '../adapters/photos'
import { entryRoutes } from '@jifenbao/shared'
import { http } from '../lib/edge/http'

const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const

/** A one-photo upload policy under the caller's town; the key is what an entry then names. */
export const handler = http(entryRoutes.createUpload, async ({ principal, body, now }) => {
  const key = `${principal.townId}/photos/${ulid()}.${EXTENSION[body.contentType]}`
  const { url, fields } = await s3Photos.presignUpload(key, body.contentType, body.size)
  return {
    key,
    url,
    fields,
    expiresAt: new Date(now.getTime() + LINK_SECONDS * 1000).toISOString(),
  }
})
