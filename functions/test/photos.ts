/** A tiny but real JPEG (SOI, JFIF header, EOI). */
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')

/** Posts a photo to a presigned upload, as the mini-program's uploader does. */
export async function postPhoto(upload: {
  key: string
  url: string
  fields: Record<string, string>
}): Promise<string> {
  const form = new FormData()
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value)
  form.append('file', new Blob([JPEG], { type: 'image/jpeg' }))
  const response = await fetch(upload.url, { method: 'POST', body: form })
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  return upload.key
}

export const PHOTO_REQUEST = { contentType: 'image/jpeg', size: JPEG.length }
