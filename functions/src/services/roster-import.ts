import { createHash } from 'node:crypto'
import {
  bilingual,
  eachLimited,
  type RosterImportAnswer,
  type RosterProblem,
} from '@jifenbao/shared'
import { encodeTime } from 'ulid'
import {
  unitOp,
  villageStructure,
  type GridItem,
  type GroupItem,
  type HouseholdItem,
  type VillageItem,
} from '../data/org'
import { auditablePerson, createPersonOps, holdersOfNumbers } from '../data/people'
import { auditOf, auditOp, commit, create, getItem, queryAll, type Op } from '../data/tx'
import { importKey } from '../data/roster-imports'
import type { Actor } from '../lib/ground/context'
import { DomainError } from '../lib/ground/errors'
import {
  COLUMN_OF,
  householdOf,
  normalised,
  readRoster,
  rowProblems,
  type RosterRow,
} from './roster'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * The ids an import gives what it creates: ULIDs of the import's start time, the same on
 * every retry with its key, so that a retry finds what a crashed run already wrote. Within
 * the import they sort by kind, then by the row that brought each in.
 */
function importIds(startedAt: number, tag: string) {
  const hash = createHash('sha256').update(tag).digest()
  const stamp =
    encodeTime(startedAt, 10) + [...hash.subarray(0, 10)].map((b) => CROCKFORD[b % 32]).join('')
  return (kind: 'G' | 'R' | 'H' | 'P', row: number) => {
    let n = row
    let digits = ''
    for (let i = 0; i < 5; i++, n = Math.floor(n / 32)) digits = CROCKFORD[n % 32] + digits
    return stamp + kind + digits
  }
}

/** What the import creates, in the order it is written: units before what they hold. */
interface Plan {
  grids: GridItem[]
  groups: GroupItem[]
  households: HouseholdItem[]
  people: { id: string; row: RosterRow; householdId: string }[]
}

/**
 * The village's units the rows name, found by name or made new, and a household for each
 * 网格 + 联户小组 + 户主. A unit of this import's own ids that exists already (a crashed run
 * wrote it) is still this import's: the plan, and so its chunks, are the same on a retry.
 */
async function plan(
  village: VillageItem,
  rows: RosterRow[],
  idOf: ReturnType<typeof importIds>,
): Promise<Plan> {
  const existing = await villageStructure(village.id)
  const out: Plan = { grids: [], groups: [], households: [], people: [] }
  const grids = new Map<string, GridItem>()
  const groups = new Map<string, GroupItem>()
  const households = new Map<string, HouseholdItem>()
  const base = { townId: village.townId, villageId: village.id }
  for (const r of rows) {
    let grid = grids.get(r.grid)
    if (!grid) {
      const id = idOf('G', r.row)
      grid = existing.grids.find((g) => g.name === r.grid && g.id !== id)
      if (!grid) out.grids.push((grid = { ...base, id, name: r.grid }))
      grids.set(r.grid, grid)
    }
    const groupName = JSON.stringify([grid.id, r.group])
    let group = groups.get(groupName)
    if (!group) {
      const id = idOf('R', r.row)
      group = existing.groups.find(
        (g) => g.gridId === grid!.id && g.name === r.group && g.id !== id,
      )
      if (!group) out.groups.push((group = { ...base, gridId: grid.id, id, name: r.group }))
      groups.set(groupName, group)
    }
    let household = households.get(householdOf(r))
    if (!household) {
      household = {
        ...base,
        gridId: grid.id,
        groupId: group.id,
        id: idOf('H', r.row),
        headName: r.head,
        address: null,
      }
      out.households.push(household)
      households.set(householdOf(r), household)
    }
    household.address ??= r.address || null
    out.people.push({ id: idOf('P', r.row), row: r, householdId: household.id })
  }
  return out
}

/** Phones and ID numbers that people of the town already hold (not this import's own people). */
async function townProblems(townId: string, people: Plan['people']): Promise<RosterProblem[]> {
  const problems: RosterProblem[] = []
  for (const kind of ['phone', 'idNumber'] as const) {
    const column = COLUMN_OF[kind]
    const holders = await holdersOfNumbers(
      kind,
      people.flatMap((p) => (p.row[kind] ? [normalised(kind, p.row[kind])] : [])),
      townId,
    )
    for (const p of people) {
      const holder = p.row[kind] && holders.get(normalised(kind, p.row[kind]))
      if (holder && holder !== p.id)
        problems.push({
          row: p.row.row,
          column,
          message: bilingual(
            `本镇已有人登记此${column}（导入只新增，不改已有的人）`,
            `already on the town roster: an import only adds people`,
          ),
        })
    }
  }
  return problems
}

/** A transaction holds 100 writes: 99 of the import's and the marker that the chunk is written. */
const CHUNK = 99

function writes(actor: Actor, p: Plan): Op[] {
  const created = (action: string, id: string, after: unknown) =>
    auditOp(auditOf(actor, action, id, null, after))
  return [
    ...p.grids.flatMap((g) => [
      unitOp('grid', g, `VILLAGE#${g.villageId}`),
      created('grid.create', g.id, g),
    ]),
    ...p.groups.flatMap((g) => [
      unitOp('group', g, `VILLAGE#${g.villageId}`),
      created('group.create', g.id, g),
    ]),
    ...p.households.flatMap((h) => [
      unitOp('household', h, `VILLAGE#${h.villageId}`),
      created('household.create', h.id, h),
    ]),
    ...p.people.flatMap(({ id, row, householdId }) => {
      const { person, ops } = createPersonOps(
        actor.townId,
        {
          name: row.name,
          householdId,
          partyMember: row.partyMember === '是',
          ...(row.phone && { phone: row.phone }),
          ...(row.idNumber && { idNumber: normalised('idNumber', row.idNumber) }),
        },
        id,
      )
      return [...ops, created('person.create', id, auditablePerson(person))]
    }),
  ]
}

/** How many chunks run at once: DynamoDB takes them in parallel, the Lambda stays within its time. */
const PARALLEL_CHUNKS = 4

/**
 * Writes the plan in chunks of one transaction each, every chunk with its marker: a retry
 * with the same key writes only the chunks a crashed run did not, so nothing is doubled.
 */
async function write(actor: Actor, village: VillageItem, p: Plan, key: string, summary: object) {
  const pk = importKey(actor, key)
  const ops = writes(actor, p)
  const chunks = Array.from({ length: Math.ceil(ops.length / CHUNK) }, (_, i) => i)
  await commit(
    [
      create({
        PK: pk,
        SK: 'START',
        townId: actor.townId,
        villageId: village.id,
        startedAt: actor.now.getTime(),
        chunks: chunks.length,
      }),
    ],
    [auditOf(actor, 'roster.import', village.id, null, summary)],
  ).catch((err: Error) => {
    if (err.name !== 'TransactionCanceledException') throw err // started before: resume
  })
  const done = new Set(
    (
      await queryAll<{ SK: string }>({
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :chunk)',
        ExpressionAttributeValues: { ':pk': pk, ':chunk': 'CHUNK#' },
      })
    ).map((m) => m.SK),
  )
  const marker = (n: number) => `CHUNK#${String(n).padStart(5, '0')}`
  await eachLimited(
    chunks.filter((n) => !done.has(marker(n))),
    PARALLEL_CHUNKS,
    (n) =>
      commit([
        ...ops.slice(n * CHUNK, (n + 1) * CHUNK),
        create({ PK: pk, SK: marker(n), townId: actor.townId }),
      ]),
  )
}

/**
 * A roster workbook into a village (API.md Second round). Without a key it is a dry run:
 * the counts and every problem. With the key everything is checked before the first write,
 * and any problem is a 400 with all of them; the same key again completes a crashed run.
 */
export async function importRoster(
  actor: Actor,
  village: VillageItem,
  file: { bytes: Buffer; fileName: string },
  key?: string,
): Promise<RosterImportAnswer> {
  const { rows, problems } = await readRoster(file.bytes)
  const started =
    key && (await getItem<{ startedAt: number }>({ PK: importKey(actor, key), SK: 'START' }))
  const idOf = importIds(
    started ? started.startedAt : actor.now.getTime(),
    `${actor.personId}:${key ?? ''}`,
  )
  const p = await plan(village, rows, idOf)
  const errors = [
    ...problems,
    ...rowProblems(rows),
    ...(await townProblems(actor.townId, p.people)),
  ].sort((a, b) => a.row - b.row)
  const counts = {
    rows: rows.length,
    grids: p.grids.length,
    groups: p.groups.length,
    households: p.households.length,
    people: p.people.length,
  }
  if (!key) return { ...counts, errors }
  if (errors.length)
    throw new DomainError(
      400,
      'VALIDATION',
      '花名册有误，未导入',
      'the roster has problems: nothing was imported',
      errors,
    )
  await write(actor, village, p, key, { fileName: file.fileName, ...counts })
  return { ...counts, errors: [] }
}
