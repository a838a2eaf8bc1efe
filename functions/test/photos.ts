import { ok } from './fixtures'

/** Uploads a small JPEG the way the mini-program does: a presigned POST, then the form. */
export async function uploadPhoto(token: string): Promise<string> {
  const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
  const { key, url, fields } = await ok(201, 'POST', '/v1/uploads', {
    token,
    body: { contentType: 'image/jpeg', size: jpeg.length },
  })
  const form = new FormData()
  for (const [name, value] of Object.entries(fields as Record<string, string>))
    form.append(name, value)
  form.append('file', new Blob([jpeg], { type: 'image/jpeg' }))
  const response = await fetch(url, { method: 'POST', body: form })
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  return key
}
