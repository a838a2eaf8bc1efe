import { randomInt } from 'node:crypto'
import type { Actor } from '../lib/ground/context'
import { Refused } from '../lib/ground/refusals'
import { table } from './client'
import { auditOf, commit, create, getItem, type Op } from './tx'

/** Letters and digits nobody confuses when reading them aloud or off paper (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const CODE_LENGTH = 8
export const BIND_CODE_TTL_HOURS = 72

interface BindCodeItem {
  code: string
  personId: string
  townId: string
  expiresAt: string
  usedAt?: string
}

const bindKey = (code: string) => ({ PK: `BIND#${code}`, SK: 'BIND' })
/** The person's one live bind code: a new one revokes any earlier code not yet used. */
const currentCodeKey = (personId: string) => ({ PK: `PERSON#${personId}`, SK: 'BINDCODE' })
const openidKey = (openid: string) => ({ PK: `OPENID#${openid}`, SK: 'OPENID' })

/** Revokes every bind code of the person not yet used (their one live code becomes none). */
export const revokeBindCodesOp = (personId: string): Op => ({
  write: { Put: { TableName: table(), Item: { ...currentCodeKey(personId), bindCode: '-' } } },
})

/**
 * A one-time code the info admin hands a person to bind their WeChat account. Issuing one
 * again (the first was lost) revokes the earlier ones, in the same write.
 */
export async function issueBindCode(
  actor: Actor,
  personId: string,
): Promise<{ bindCode: string; expiresAt: string }> {
  const bindCode = Array.from(
    { length: CODE_LENGTH },
    () => ALPHABET[randomInt(ALPHABET.length)],
  ).join('')
  const expires = new Date(actor.now.getTime() + BIND_CODE_TTL_HOURS * 3600_000)
  const item: BindCodeItem = {
    code: bindCode,
    personId,
    townId: actor.townId,
    expiresAt: expires.toISOString(),
  }
  const ttl = Math.floor(expires.getTime() / 1000) + 86_400
  await commit(
    [
      create({ ...bindKey(bindCode), ...item, ttl }),
      { write: { Put: { TableName: table(), Item: { ...currentCodeKey(personId), bindCode } } } },
    ],
    [auditOf(actor, 'bindCode.issue', personId, null, { expiresAt: item.expiresAt })],
  )
  return { bindCode, expiresAt: item.expiresAt }
}

export async function boundPerson(
  openid: string,
): Promise<{ personId: string; townId: string } | undefined> {
  return getItem(openidKey(openid))
}

/**
 * Binds an openid to the code's person: the code is spent and the binding written in one
 * transaction, so a code binds exactly one account, once.
 */
export async function bindWithCode(
  openid: string,
  code: string,
  now: Date,
  requestId: string,
): Promise<{ personId: string; townId: string }> {
  const item = await getItem<BindCodeItem>(bindKey(code.trim().toUpperCase()))
  if (!item) throw Refused.bindCodeInvalid()
  if (item.usedAt) throw Refused.bindCodeUsed()
  if (now.toISOString() >= item.expiresAt) throw Refused.bindCodeExpired()
  const at = now.toISOString()
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: bindKey(item.code),
            UpdateExpression: 'SET usedAt = :at',
            ConditionExpression: 'attribute_not_exists(usedAt)',
            ExpressionAttributeValues: { ':at': at },
          },
        },
        onConditionFailed: Refused.bindCodeUsed,
      },
      {
        // Only the person's latest code binds (codes issued before there was one: any).
        write: {
          ConditionCheck: {
            TableName: table(),
            Key: currentCodeKey(item.personId),
            ConditionExpression: 'attribute_not_exists(bindCode) OR bindCode = :code',
            ExpressionAttributeValues: { ':code': item.code },
          },
        },
        onConditionFailed: Refused.bindCodeInvalid,
      },
      create(
        { ...openidKey(openid), personId: item.personId, townId: item.townId, boundAt: at },
        () => Refused.wechatBoundElsewhere(),
      ),
    ],
    [
      auditOf(
        { personId: item.personId, townId: item.townId, requestId, now },
        'wechat.bind',
        item.personId,
        null,
        { boundAt: at },
      ),
    ],
  )
  return { personId: item.personId, townId: item.townId }
}
