import { ulid } from 'ulid'
import { systemRoutes } from '@jifenbao/shared'
import { createPersonOps, roleOp } from '../data/people'
import { createTownOps } from '../data/towns'
import { auditOf, commit } from '../data/tx'
import { http } from '../lib/edge/http'
import { signSession } from '../lib/edge/auth'

/** A fresh tenant for a test or a demo: the town, its starter catalogue and one town admin. */
export const handler = http(systemRoutes.devCreateTown, async ({ body, now, requestId }) => {
  const townId = ulid()
  const { person, ops } = createPersonOps(townId, {
    name: `${body.name}管理员`,
    ...(body.adminPhone && { phone: body.adminPhone }),
    partyMember: false,
  })
  const actor = { personId: person.id, townId, requestId, now }
  await commit(
    [
      ...createTownOps({ id: townId, name: body.name, createdAt: now.toISOString() }),
      ...ops,
      roleOp(townId, person.id, { role: 'townAdmin', scopeId: townId }),
    ],
    [auditOf(actor, 'town.create', townId, null, { name: body.name })],
  )
  return { townId, adminToken: await signSession(person.id, townId, now) }
})
