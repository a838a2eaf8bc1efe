import { ulid } from 'ulid'
import type { Actor } from '../lib/ground/context'
import { auditOf, commit, create, queryPage } from './tx'

/** A notice of a village, as posted: listed under the village newest first. */
export interface NoticeItem {
  id: string
  townId: string
  villageId: string
  title: string
  body: string
  by: string
  byName: string | null
  at: string
}

export async function postNotice(
  actor: Actor,
  byName: string,
  villageId: string,
  input: { title: string; body: string },
): Promise<NoticeItem> {
  const notice: NoticeItem = {
    id: ulid(),
    townId: actor.townId,
    villageId,
    ...input,
    by: actor.personId,
    byName,
    at: actor.now.toISOString(),
  }
  await commit(
    [create({ PK: `NOTICES#${villageId}`, SK: `${notice.at}#${notice.id}`, ...notice })],
    [auditOf(actor, 'notice.post', notice.id, null, notice)],
  )
  return notice
}

/** A page of a village's notices, newest first. */
export const noticesPage = (villageId: string, cursor: string | undefined) =>
  queryPage<NoticeItem>(
    {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': `NOTICES#${villageId}` },
      ScanIndexForward: false,
      Limit: 20,
    },
    cursor,
  )
