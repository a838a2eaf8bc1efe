import { createHmac } from 'node:crypto'
import { Sha256 } from '@smithy/core/checksum'
import { HttpRequest } from '@smithy/core/protocols'
import { toHex } from '@smithy/core/serde'
import { createScope, getSigningKey, SignatureV4 } from '@smithy/signature-v4'
import type { AwsCredentialIdentity } from '@smithy/types'
import { defaultProvider } from './lambda-credentials'

/**
 * Requests to S3 and SQS signed here with SigV4 (the signer every SDK client uses) instead of
 * through their clients: a photo route only presigns and checks an object, and the S3 client
 * with its presigners alone would take its Lambda bundle from ~350 KB to ~600 KB.
 */
export interface AwsTarget {
  service: 's3' | 'sqs'
  region: string
  credentials: () => Promise<AwsCredentialIdentity>
}

/** The function's own region and role (Lambda's environment), or a local stand-in's. */
export function awsTarget(service: AwsTarget['service'], local?: AwsCredentialIdentity): AwsTarget {
  return local
    ? { service, region: 'local', credentials: async () => local }
    : { service, region: process.env.AWS_REGION ?? 'us-east-1', credentials: defaultProvider() }
}

const signer = (target: AwsTarget) =>
  new SignatureV4({
    service: target.service,
    region: target.region,
    credentials: target.credentials,
    sha256: Sha256,
    // S3 signs a key's path as it is; other services encode it once more.
    uriEscapePath: target.service !== 's3',
  })

/** The request for a URL; `host` is signed, as every SigV4 request must. */
function requestTo(
  url: URL,
  init: { method: string; headers?: Record<string, string>; body?: string },
) {
  return new HttpRequest({
    method: init.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, ...init.headers },
    body: init.body,
  })
}

/** The URL a signed request goes to. */
function urlOf(request: {
  protocol: string
  hostname: string
  port?: number
  path: string
  query?: Record<string, string | string[] | null>
}): string {
  const url = new URL(
    `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`,
  )
  for (const [name, value] of Object.entries(request.query ?? {}))
    for (const v of [value ?? ''].flat()) url.searchParams.append(name, v)
  return url.toString()
}

/** Sends a request signed in its headers. */
export async function signedFetch(
  target: AwsTarget,
  url: URL,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<Response> {
  const signed = await signer(target).sign(requestTo(url, init))
  // fetch sets the host from the URL itself.
  const headers = Object.entries(signed.headers).filter(([name]) => name !== 'host')
  return fetch(urlOf(signed), { method: init.method, headers, body: init.body })
}

/** A link that carries its signature in its query, valid `expiresIn` seconds. */
export async function presignedUrl(
  target: AwsTarget,
  url: URL,
  init: { method: string; headers?: Record<string, string> },
  expiresIn: number,
): Promise<string> {
  return urlOf(await signer(target).presign(requestTo(url, init), { expiresIn }))
}

/**
 * An S3 POST policy (a browser form upload): the form's fields, with the policy document in
 * base64 and its SigV4 signature (AWS: "Browser-based uploads using POST"; the fields and their
 * order as the SDK's createPresignedPost writes them).
 */
export async function signedPostPolicy(
  target: AwsTarget,
  upload: {
    bucket: string
    key: string
    conditions: readonly (readonly unknown[])[]
    fields: Record<string, string>
    expiresIn: number
  },
): Promise<Record<string, string>> {
  const now = new Date()
  const credentials = await target.credentials()
  const amzDate = iso8601(now).replace(/[-:]/g, '')
  const shortDate = amzDate.slice(0, 8)
  const fields: Record<string, string> = {
    ...upload.fields,
    bucket: upload.bucket,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${credentials.accessKeyId}/${createScope(shortDate, target.region, target.service)}`,
    'X-Amz-Date': amzDate,
    ...(credentials.sessionToken && { 'X-Amz-Security-Token': credentials.sessionToken }),
  }
  const policy = Buffer.from(
    JSON.stringify({
      expiration: iso8601(new Date(now.valueOf() + upload.expiresIn * 1000)),
      conditions: [
        ...upload.conditions,
        ...Object.entries(fields).map(([k, v]) => ({ [k]: v })),
        { key: upload.key },
      ],
    }),
  ).toString('base64')
  const signingKey = await getSigningKey(
    Sha256,
    credentials,
    shortDate,
    target.region,
    target.service,
  )
  return {
    ...fields,
    key: upload.key,
    Policy: policy,
    'X-Amz-Signature': toHex(createHmac('sha256', signingKey).update(policy).digest()),
  }
}

const iso8601 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')
