import type { Indicator, IndicatorPatch } from '@jifenbao/shared'
import { NotFoundError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import type { Actor } from '../lib/ground/context'
import { table } from './client'
import { auditOf, commit, create, getItem, queryAll, setFieldsOp } from './tx'

/** A town's own copy of an indicator; `refs` counts the entries that name it. */
interface IndicatorItem extends Indicator {
  PK: string
  SK: string
  townId: string
  refs: number
}

const key = (townId: string, code: string) => ({ PK: `TOWN#${townId}`, SK: `IND#${code}` })

export function indicatorItem(townId: string, indicator: Indicator): IndicatorItem {
  return { ...key(townId, indicator.code), townId, ...indicator, refs: 0 }
}

export function toIndicator(item: IndicatorItem): Indicator {
  const { code, name, dimension, points, monthlyCap, evidence, selfReport, active } = item
  return { code, name, dimension, points, monthlyCap, evidence, selfReport, active }
}

export async function listIndicators(townId: string): Promise<Indicator[]> {
  const items = await queryAll<IndicatorItem>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
    ExpressionAttributeValues: { ':pk': `TOWN#${townId}`, ':sk': 'IND#' },
  })
  return items.map(toIndicator)
}

export async function getIndicator(townId: string, code: string): Promise<IndicatorItem> {
  const item = await getItem<IndicatorItem>(key(townId, code))
  if (!item) throw new NotFoundError(`指标 ${code}`, `indicator ${code}`)
  return item
}

export async function createIndicator(actor: Actor, indicator: Indicator): Promise<void> {
  await commit(
    [create(indicatorItem(actor.townId, indicator), () => Refused.indicatorExists(indicator.code))],
    [auditOf(actor, 'indicator.create', indicator.code, null, indicator)],
  )
}

/** Edits an indicator; past entries keep the points they snapshotted. */
export async function patchIndicator(
  actor: Actor,
  code: string,
  patch: IndicatorPatch,
): Promise<Indicator> {
  const before = await getIndicator(actor.townId, code)
  const after = { ...toIndicator(before), ...patch }
  if (Object.keys(patch).length > 0) {
    await commit(
      [setFieldsOp(key(actor.townId, code), patch)],
      [auditOf(actor, 'indicator.update', code, toIndicator(before), after)],
    )
  }
  return after
}

/** Deletes an indicator no entry ever named; a referenced one can only be retired. */
export async function deleteIndicator(actor: Actor, code: string): Promise<void> {
  const before = await getIndicator(actor.townId, code)
  await commit(
    [
      {
        write: {
          Delete: {
            TableName: table(),
            Key: key(actor.townId, code),
            ConditionExpression: 'attribute_exists(PK) AND refs = :zero',
            ExpressionAttributeValues: { ':zero': 0 },
          },
        },
        onConditionFailed: () => Refused.indicatorInUse(code),
      },
    ],
    [auditOf(actor, 'indicator.delete', code, toIndicator(before), null)],
  )
}
