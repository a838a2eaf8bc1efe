import { jwtVerify, SignJWT } from 'jose'
import { loadPrincipal } from '../../data/people'
import type { Principal } from '../ground/context'
import { env } from '../ground/env'
import { UnauthenticatedError } from '../ground/errors'

const SESSION_DAYS = 30
const secret = () => new TextEncoder().encode(env().jwtSecret)

/** A session token naming the person and their town; roles are read fresh on each request. */
export async function signSession(personId: string, townId: string, now: Date): Promise<string> {
  return new SignJWT({ town: townId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + SESSION_DAYS * 86_400)
    .sign(secret())
}

export async function authenticate(authorization: string | undefined): Promise<Principal> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1]
  if (!token) throw new UnauthenticatedError()
  const claims = await jwtVerify(token, secret(), { algorithms: ['HS256'] }).then(
    ({ payload }) => payload,
    () => {
      throw new UnauthenticatedError()
    },
  )
  if (typeof claims.sub !== 'string' || typeof claims.town !== 'string')
    throw new UnauthenticatedError()
  const principal = await loadPrincipal(claims.sub, claims.town)
  if (!principal) throw new UnauthenticatedError()
  return principal
}
