import { bilingual, orgRoutes } from '@jifenbao/shared'
import { getVillage } from '../data/org'
import { http } from '../lib/edge/http'
import { Reply } from '../lib/edge/idempotent'
import { villageTarget } from '../lib/access/placement'
import { authorize } from '../lib/access/scope'
import { ValidationError } from '../lib/ground/errors'
import { importRoster } from '../services/roster-import'

/** A roster workbook into a village: a dry run answers 200, a real run 201 (all or nothing). */
export const handler = http(
  orgRoutes.importRoster,
  async ({ actor, principal, params, query, body, headers }) => {
    const village = await getVillage(params.villageId, principal.townId)
    authorize(principal, orgRoutes.importRoster.roles, villageTarget(village))
    const key = headers['idempotency-key']
    if (!query.dryRun && !key)
      throw new ValidationError([
        {
          path: 'Idempotency-Key',
          message: bilingual(
            '导入需要幂等键（Idempotency-Key）',
            'an import needs an Idempotency-Key',
          ),
        },
      ])
    const file = { bytes: Buffer.from(body.contentBase64, 'base64'), fileName: body.fileName }
    return query.dryRun
      ? new Reply(200, await importRoster(actor, village, file))
      : importRoster(actor, village, file, key)
  },
)
