import { systemRoutes } from '@jifenbao/shared'
import { findByPhone } from '../data/people'
import { NotFoundError, ValidationError } from '../lib/ground/errors'
import { http } from '../lib/edge/http'
import { session } from '../lib/edge/session'

/** Local and test stages only: sign in as a person on a roster, by phone. */
export const handler = http(systemRoutes.devLogin, async ({ body, now }) => {
  const matches = (await findByPhone(body.phone)).filter(
    (m) => !body.townId || m.townId === body.townId,
  )
  if (matches.length === 0) throw new NotFoundError('该手机号对应的人员', 'person with this phone')
  if (matches.length > 1) {
    throw new ValidationError([
      {
        path: 'townId',
        message:
          '该手机号在多个镇登记，请指定 townId / the phone is on several towns’ rosters: give townId',
      },
    ])
  }
  return session(matches[0]!.personId, matches[0]!.townId, now)
})
