import * as z from 'zod'
import { NameSchema, pageOf, PhoneSchema } from './common'
import { RoleSchema } from './org'
import { lazily } from './lazily'

/** The signed-in person (`GET /v1/me`, and the `user` of every sign-in). */
export const UserSchema = lazily(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    townId: z.string(),
    householdId: z.string().nullable(),
    roles: z.array(z.object({ role: RoleSchema, scopeId: z.string() })),
  }),
)

export const SessionSchema = lazily(() => z.object({ token: z.string(), user: UserSchema }))

/** Each of the person's roles with the unit it is scoped to, for the role switcher. */
export const UnitsSchema = lazily(() =>
  pageOf(
    z.object({
      role: RoleSchema,
      scopeId: z.string(),
      name: z.string(),
      villageId: z.string().nullable(),
      villageName: z.string().nullable(),
    }),
  ),
)

export const HealthSchema = lazily(() => z.object({ ok: z.literal(true) }))

/** An OpenAPI 3 document: its version, its description and its paths. */
export const OpenApiSchema = lazily(() =>
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
)

/** A demo town, optionally with its admin's phone to sign in by on the local stage. */
export const DevTownInputSchema = lazily(() =>
  z.object({ name: NameSchema, adminPhone: PhoneSchema.optional() }),
)
export const DevTownSchema = lazily(() => z.object({ townId: z.string(), adminToken: z.string() }))

/** The town's clock after it was run ahead. */
export const ClockSchema = lazily(() => z.object({ now: z.string() }))

export type User = z.infer<typeof UserSchema>
export type Session = z.infer<typeof SessionSchema>
