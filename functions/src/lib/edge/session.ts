import { loadPrincipal } from '../../data/people'
import { signSession } from './auth'
import type { Principal } from '../ground/context'
import { NotFoundError } from '../ground/errors'

/** `GET /v1/me`, and the `user` of every sign-in. */
export const userView = (p: Principal) => ({
  id: p.personId,
  name: p.name,
  townId: p.townId,
  householdId: p.householdId,
  roles: p.roles,
})

export async function session(personId: string, townId: string, now: Date) {
  const principal = await loadPrincipal(personId, townId)
  if (!principal) throw new NotFoundError('人员', 'person')
  return { token: await signSession(personId, townId, now), user: userView(principal) }
}
