import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { env } from './env'

/**
 * Personal numbers at rest (SPEC §9): AES-256-GCM for the value, and a keyed hash
 * (HMAC-SHA256) to find a person by phone without storing the number in the clear.
 */
function key(): Buffer {
  const k = Buffer.from(env().piiKey, 'base64')
  if (k.length !== 32) throw new Error('PII_KEY must be 32 bytes, base64')
  return k
}

export function encrypt(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.')
}

export function decrypt(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64'))
  const decipher = createDecipheriv('aes-256-gcm', key(), iv!)
  decipher.setAuthTag(tag!)
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8')
}

export function lookupHash(kind: 'phone' | 'id', value: string): string {
  return createHmac('sha256', key()).update(`${kind}:${value}`).digest('base64url')
}
