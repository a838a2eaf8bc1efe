import * as z from 'zod'
import {
  ClockSchema,
  DevTownInputSchema,
  DevTownSchema,
  HealthSchema,
  IdSchema,
  OpenApiSchema,
  PhoneSchema,
  SessionSchema,
} from '../schemas'
import { area, TOWN_ADMIN } from './route'
import { lazily } from '../schemas/lazily'

export const systemRoutes = area(
  {
    name: 'System',
    description: 'Health, this document, and the local stage’s test towns, sign-in and clock',
  },
  {
    health: {
      method: 'GET',
      path: '/v1/health',
      summary: 'Liveness',
      roles: 'public',
      answer: HealthSchema,
    },
    openapi: {
      method: 'GET',
      path: '/v1/openapi.json',
      summary: 'This API as OpenAPI 3',
      roles: 'public',
      answer: OpenApiSchema,
    },
    devCreateTown: {
      method: 'POST',
      path: '/v1/dev/towns',
      summary: 'A new empty town with one town administrator (local stage only)',
      roles: 'public',
      body: DevTownInputSchema,
      answer: DevTownSchema,
      status: 201,
      localOnly: true,
    },
    devLogin: {
      method: 'POST',
      path: '/v1/auth/dev',
      summary: 'Sign in by phone (local stage only)',
      roles: 'public',
      body: lazily(() => z.object({ phone: PhoneSchema, townId: IdSchema.optional() })),
      answer: SessionSchema,
      localOnly: true,
    },
    devSetClock: {
      method: 'POST',
      path: '/v1/dev/clock',
      summary:
        'Run the caller’s town clock ahead by offsetMs, e.g. past an objection deadline (local stage only)',
      roles: TOWN_ADMIN,
      body: lazily(() =>
        z.object({
          offsetMs: z
            .int()
            .min(0)
            .max(400 * 86_400_000),
        }),
      ),
      answer: ClockSchema,
      localOnly: true,
    },
  },
)
