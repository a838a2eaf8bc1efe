import { DEFAULT_TOWN_CONFIG, STARTER_CATALOGUE, type TownConfig } from '@jifenbao/shared'
import type { Actor } from '../lib/ground/context'
import { NotFoundError } from '../lib/ground/errors'
import { table } from './client'
import { indicatorItem } from './indicators'
import { auditOf, commit, create, getItem, type Op } from './tx'

export interface TownItem {
  id: string
  name: string
  config: TownConfig
  createdAt: string
  /** Local and test stages only: how far this town's clock runs ahead (see adapters/clock). */
  clockOffsetMs?: number
}

export const townKey = (townId: string) => ({ PK: `TOWN#${townId}`, SK: 'TOWN' })

/** The ops that create a town with the default config and the starter catalogue. */
export function createTownOps(town: { id: string; name: string; createdAt: string }): Op[] {
  return [
    create({ ...townKey(town.id), ...town, config: DEFAULT_TOWN_CONFIG }),
    ...STARTER_CATALOGUE.map((indicator) => create(indicatorItem(town.id, indicator))),
  ]
}

export async function getTown(townId: string): Promise<TownItem> {
  const town = await getItem<TownItem>(townKey(townId))
  if (!town) throw new NotFoundError('镇', 'town')
  return town
}

export async function putConfig(actor: Actor, config: TownConfig): Promise<void> {
  const before = (await getTown(actor.townId)).config
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: townKey(actor.townId),
            UpdateExpression: 'SET config = :config',
            ExpressionAttributeValues: { ':config': config },
          },
        },
      },
    ],
    [auditOf(actor, 'config.update', actor.townId, before, config)],
  )
}

/** Local and test stages only: moves a town's clock, e.g. past an objection deadline. */
export async function setClockOffset(actor: Actor, offsetMs: number): Promise<void> {
  await commit(
    [
      {
        write: {
          Update: {
            TableName: table(),
            Key: townKey(actor.townId),
            UpdateExpression: 'SET clockOffsetMs = :o',
            ExpressionAttributeValues: { ':o': offsetMs },
          },
        },
      },
    ],
    [auditOf(actor, 'clock.set', actor.townId, null, { offsetMs })],
  )
}
