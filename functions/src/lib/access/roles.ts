import type { RoleAssignment } from '@jifenbao/shared'
import type { Principal } from '../ground/context'
import { ForbiddenError } from '../ground/errors'
import { scopeTarget } from './placement'
import { authorize } from './scope'

/** Roles an info admin may assign inside their village; every other role is the town admin's. */
const DELEGATED = ['linkLeader', 'gridLeader'] as const

export async function authorizeRoleChange(
  principal: Principal,
  change: RoleAssignment,
): Promise<void> {
  const target = await scopeTarget(change.role, change.scopeId, principal.townId)
  if (change.role === 'villager')
    throw new ForbiddenError(
      '户成员即为该户村民，无需分配',
      'a household’s members are its villagers: this role is not assigned',
    )
  authorize(
    principal,
    (DELEGATED as readonly string[]).includes(change.role) ? ['infoAdmin'] : [],
    target,
  )
}
