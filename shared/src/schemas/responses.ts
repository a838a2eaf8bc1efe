import * as z from 'zod'
import { RoleSchema } from './org'

/** What the API answers, for clients that must not take a remote shape on trust. */
export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  townId: z.string(),
  householdId: z.string().nullable(),
  roles: z.array(z.object({ role: RoleSchema, scopeId: z.string() })),
})

export const SessionSchema = z.object({ token: z.string(), user: UserSchema })

export const HouseholdViewSchema = z.object({
  id: z.string(),
  headName: z.string(),
  villageId: z.string(),
  balance: z.number(),
  members: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      phone: z.string().nullable(),
      partyMember: z.boolean(),
    }),
  ),
})

export const PayCodeSchema = z.object({ code: z.string(), expiresAt: z.string() })

export const ScanPreviewSchema = z.object({
  householdId: z.string(),
  headName: z.string(),
  balance: z.number(),
})

export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
})

export type User = z.infer<typeof UserSchema>
export type Session = z.infer<typeof SessionSchema>
