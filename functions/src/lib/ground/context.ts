import type { Role } from '@jifenbao/shared'

export interface RoleGrant {
  role: Role
  scopeId: string
}

/** The signed-in person, their town and roles (a household member is its `villager`). */
export interface Principal {
  personId: string
  townId: string
  name: string
  householdId: string | null
  roles: RoleGrant[]
}

/** What every write needs to know about its request: who, when, which request. */
export interface Actor {
  personId: string
  townId: string
  requestId: string
  /** The server's clock decides (SPEC §10). */
  now: Date
}
