import { expect } from '@jest/globals'
import { PHOTO_REQUEST, postPhoto } from '../../functions/test/photos'

/** A call to the API that serverless-offline serves, as the mini-program makes it. */
export async function call<T = any>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${process.env.E2E_API_URL}${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined && { 'content-type': 'application/json' }),
      ...(opts.token && { authorization: `Bearer ${opts.token}` }),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await response.text()
  return { status: response.status, text, body: (text ? JSON.parse(text) : undefined) as T }
}

/** Calls and insists on the status. */
export async function ok<T = any>(
  status: number,
  method: string,
  path: string,
  opts: Parameters<typeof call>[2] = {},
): Promise<T> {
  const response = await call<T>(method, path, opts)
  if (response.status !== status)
    throw new Error(`${method} ${path} → ${response.status} ${response.text}`)
  expect(response.status).toBe(status)
  return response.body
}

/** Uploads a photo through a presigned POST, as a leader's phone does. */
export const uploadPhoto = async (token: string) =>
  postPhoto(await ok(201, 'POST', '/uploads', { token, body: PHOTO_REQUEST }))
