import type { Role } from '@jifenbao/shared'
import type { Placement } from '../../data/org'
import type { Principal } from '../ground/context'
import { ForbiddenError } from '../ground/errors'

/** The object a request touches, by where it sits; `shopId` for a shop's own objects. */
export type Target = Placement & { shopId?: string }

/** Which field of a target each role's scope id must match (SPEC §2). */
const SCOPE_FIELD: Record<Role, keyof Target> = {
  villager: 'householdId',
  linkLeader: 'groupId',
  gridLeader: 'gridId',
  villageLeader: 'villageId',
  infoAdmin: 'villageId',
  reviewBoard: 'villageId',
  clerk: 'shopId',
  townAdmin: 'townId',
}

const isTownAdmin = (p: Principal) =>
  p.roles.some((g) => g.role === 'townAdmin' && g.scopeId === p.townId)

/** Whether the caller holds any of the roles anywhere (the town admin holds them all). */
export function holdsAnyRole(p: Principal, roles: readonly Role[]): boolean {
  return isTownAdmin(p) || p.roles.some((g) => roles.includes(g.role))
}

/** Whether one of the caller's grants of these roles covers the target. */
export function covers(p: Principal, roles: readonly Role[], target: Target): boolean {
  if (target.townId !== p.townId) return false
  return (
    isTownAdmin(p) ||
    p.roles.some((g) => roles.includes(g.role) && target[SCOPE_FIELD[g.role]] === g.scopeId)
  )
}

/** Refuses with 403 unless one of the caller's grants of these roles covers the target. */
export function authorize(p: Principal, roles: readonly Role[], target: Target): void {
  if (!covers(p, roles, target))
    throw new ForbiddenError('不在您的管理范围内', 'outside your scope')
}
