import {
  maskIdNumber,
  maskPhone,
  type PersonInput,
  type PersonPatch,
  type Role,
} from '@jifenbao/shared'
import { ulid } from 'ulid'
import type { Actor, Principal, RoleGrant } from '../lib/ground/context'
import { ifMissing, NotFoundError } from '../lib/ground/errors'
import { Refused } from '../lib/ground/refusals'
import { decrypt, encrypt, lookupHash } from '../lib/ground/pii'
import { revokeBindCodesOp } from './bindings'
import { table } from './client'
import { auditOf, commit, create, getInTown, getMany, queryAll, withoutKeys, type Op } from './tx'

/** A person: phone and ID number only encrypted, hashed for look-up, and masked for display. */
export interface PersonItem {
  id: string
  townId: string
  name: string
  /** Gone from the roster (moved away, deceased): signs in no more; absent means active. */
  left?: { reason: string; at: string; by: string }
  householdId: string | null
  partyMember: boolean
  phoneMasked: string | null
  phoneSealed?: string
  idNumberMasked: string | null
  idNumberSealed?: string
}

interface RoleItem extends RoleGrant {
  PK: string
  SK: string
  townId: string
  personId: string
}

const personKey = (id: string) => ({ PK: `PERSON#${id}`, SK: 'PERSON' })
const roleKey = (personId: string, role: Role, scopeId: string) => ({
  PK: `PERSON#${personId}`,
  SK: `ROLE#${role}#${scopeId}`,
})
/** A personal number a person holds in a town: each is claimed by one person only. */
const NUMBERS = {
  phone: { prefix: 'PHONE', hash: 'phone', taken: Refused.phoneTaken },
  idNumber: { prefix: 'IDNO', hash: 'id', taken: Refused.idNumberTaken },
} as const
export type NumberKind = keyof typeof NUMBERS

export const numberKey = (kind: NumberKind, value: string, townId: string) => ({
  PK: `${NUMBERS[kind].prefix}#${lookupHash(NUMBERS[kind].hash, value)}`,
  SK: `TOWN#${townId}`,
})
const phoneKey = (phone: string, townId: string) => numberKey('phone', phone, townId)

const claimOp = (kind: NumberKind, value: string, townId: string, personId: string) =>
  create({ ...numberKey(kind, value, townId), personId }, NUMBERS[kind].taken)

/** A person as the office keeps them, with the roles granted to them (not 村民, which is their household). */
export async function personDetail(p: PersonItem) {
  const grants = await queryAll<RoleItem>({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :role)',
    ExpressionAttributeValues: { ':pk': personKey(p.id).PK, ':role': 'ROLE#' },
  })
  return {
    ...personView(p),
    idNumber: p.idNumberMasked,
    householdId: p.householdId,
    active: !p.left,
    roles: grants.map(grantOf),
  }
}

const grantOf = ({ role, scopeId }: RoleItem): RoleGrant => ({ role, scopeId })

/** What may be shown of a person, to anyone allowed to see them. */
export const personView = (p: PersonItem) => ({
  id: p.id,
  name: p.name,
  phone: p.phoneMasked,
  partyMember: p.partyMember,
})

/** The ops that create a person (and claim their phone in the town, once). */
export function createPersonOps(
  townId: string,
  input: PersonInput,
  id = ulid(),
): { person: PersonItem; ops: Op[] } {
  const person: PersonItem = {
    id,
    townId,
    name: input.name,
    householdId: input.householdId ?? null,
    partyMember: input.partyMember ?? false,
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    idNumberMasked: input.idNumber ? maskIdNumber(input.idNumber) : null,
    ...(input.phone && { phoneSealed: encrypt(input.phone) }),
    ...(input.idNumber && { idNumberSealed: encrypt(input.idNumber) }),
  }
  const ops = [create({ ...personKey(id), ...listingOf(person), ...person })]
  if (input.phone) ops.push(claimOp('phone', input.phone, townId, id))
  if (input.idNumber) ops.push(claimOp('idNumber', input.idNumber, townId, id))
  return { person, ops }
}

/** The audit trail never holds a personal number either: only the masked forms. */
export const auditablePerson = ({ phoneSealed: _p, idNumberSealed: _i, ...shown }: PersonItem) =>
  shown

export async function createPerson(actor: Actor, input: PersonInput): Promise<PersonItem> {
  const { person, ops } = createPersonOps(actor.townId, input)
  await commit(ops, [auditOf(actor, 'person.create', person.id, null, auditablePerson(person))])
  return person
}

/**
 * Corrects a person, or marks them gone, in one transaction with its audit (masked before
 * and after): a new phone is claimed in the town (409 if another person holds it) and the
 * old one released; a new household moves them in its member list.
 */
export async function updatePerson(
  actor: Actor,
  before: PersonItem,
  patch: PersonPatch,
): Promise<PersonItem> {
  const after: PersonItem = withoutKeys(before)
  if (patch.name !== undefined) after.name = patch.name
  if (patch.partyMember !== undefined) after.partyMember = patch.partyMember
  if (patch.householdId !== undefined) after.householdId = patch.householdId
  const ops: Op[] = []
  if (patch.active === false) {
    after.left = { reason: patch.leftReason!, at: actor.now.toISOString(), by: actor.personId }
    ops.push(revokeBindCodesOp(before.id))
  }
  ops.push(...reclaimOps('phone', before, after, patch.phone, actor.townId))
  ops.push(...reclaimOps('idNumber', before, after, patch.idNumber, actor.townId))
  ops.push(personPutOp(after))
  await commit(ops, [
    auditOf(
      actor,
      'person.update',
      before.id,
      auditablePerson(withoutKeys(before)),
      auditablePerson(after),
    ),
  ])
  return after
}

const SEALED = { phone: 'phoneSealed', idNumber: 'idNumberSealed' } as const
const MASKED = { phone: 'phoneMasked', idNumber: 'idNumberMasked' } as const
const MASK = { phone: maskPhone, idNumber: maskIdNumber }

/**
 * A corrected number (null: removed) on `after`, and the ops that claim it in the town (409
 * if another person holds it) and release the old one. The same number again is no change.
 */
function reclaimOps(
  kind: NumberKind,
  before: PersonItem,
  after: PersonItem,
  value: string | null | undefined,
  townId: string,
): Op[] {
  const old = before[SEALED[kind]] && decrypt(before[SEALED[kind]]!)
  if (value === undefined || value === old) return []
  after[SEALED[kind]] = undefined
  after[MASKED[kind]] = value && MASK[kind](value)
  const ops: Op[] = []
  if (value) {
    after[SEALED[kind]] = encrypt(value)
    ops.push(claimOp(kind, value, townId, before.id))
  }
  if (old)
    ops.push({ write: { Delete: { TableName: table(), Key: numberKey(kind, old, townId) } } })
  return ops
}

/**
 * Where a person is listed: under their household (GSI1) and, while a party member of a
 * household, among the town's party members (GSI2), which the assessment reads at once.
 */
const listingOf = (p: PersonItem) => ({
  ...(p.householdId && { GSI1PK: `HH#${p.householdId}`, GSI1SK: `PERSON#${p.id}` }),
  ...(p.partyMember &&
    p.householdId &&
    !p.left && { GSI2PK: `PARTY#${p.townId}`, GSI2SK: `${p.householdId}#${p.id}` }),
})

/** The town's party members who belong to a household and have not left. */
export const townPartyMembers = (townId: string) =>
  queryAll<PersonItem>({
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': `PARTY#${townId}` },
  })

/** Writes a person as they now are, listed where they belong; they must exist. */
export function personPutOp(person: PersonItem): Op {
  return {
    write: {
      Put: {
        TableName: table(),
        Item: { ...withoutKeys(person), ...personKey(person.id), ...listingOf(person) },
        ConditionExpression: 'attribute_exists(PK)',
      },
    },
  }
}

export const getPerson = (id: string, townId: string) =>
  getInTown<PersonItem>(personKey(id), townId, { zh: '人员', en: 'person' })

/** The names of people of the town, by id, each looked up once (an id of no person: none). */
export async function namesOf(ids: string[], townId: string): Promise<Map<string, string>> {
  const people = await Promise.all(
    [...new Set(ids)].map((id) => getPerson(id, townId).catch(ifMissing(() => undefined))),
  )
  return new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])))
}

export async function householdMembers(householdId: string): Promise<PersonItem[]> {
  return queryAll<PersonItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :sk)',
    ExpressionAttributeValues: { ':pk': `HH#${householdId}`, ':sk': 'PERSON#' },
  })
}

/** Which of these numbers people of the town already hold: number → person id. */
export async function holdersOfNumbers(
  kind: NumberKind,
  values: string[],
  townId: string,
): Promise<Map<string, string>> {
  const byPk = new Map(values.map((v) => [numberKey(kind, v, townId).PK, v]))
  const found = await getMany<{ PK: string; personId: string }>(
    [...byPk.keys()].map((PK) => ({ PK, SK: `TOWN#${townId}` })),
  )
  return new Map(found.map((claim) => [byPk.get(claim.PK)!, claim.personId]))
}

/** The towns where a phone is on the roster, and the person in each. */
export async function findByPhone(phone: string): Promise<{ townId: string; personId: string }[]> {
  const rows = await queryAll<{ SK: string; personId: string }>({
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': phoneKey(phone, '').PK },
  })
  return rows.map((r) => ({ townId: r.SK.slice('TOWN#'.length), personId: r.personId }))
}

/** The person and all their roles in one query of their partition. */
export async function loadPrincipal(
  personId: string,
  townId: string,
): Promise<Principal | undefined> {
  const items = await queryAll<(PersonItem | RoleItem) & { SK: string }>({
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': personKey(personId).PK },
  })
  const person = items.find((i) => i.SK === 'PERSON') as PersonItem | undefined
  // Someone gone from the roster signs in no more: their sessions end with it.
  if (!person || person.townId !== townId || person.left) return undefined
  const roles = (items.filter((i) => i.SK.startsWith('ROLE#')) as RoleItem[]).map(grantOf)
  if (person.householdId) roles.unshift({ role: 'villager', scopeId: person.householdId })
  return { personId, townId, name: person.name, householdId: person.householdId, roles }
}

export function roleOp(townId: string, personId: string, grant: RoleGrant): Op {
  return create(
    {
      ...roleKey(personId, grant.role, grant.scopeId),
      GSI1PK: `SCOPE#${grant.scopeId}`,
      GSI1SK: `ROLE#${grant.role}#${personId}`,
      townId,
      personId,
      ...grant,
    },
    () => Refused.roleHeld(),
  )
}

export async function grantRole(actor: Actor, personId: string, grant: RoleGrant): Promise<void> {
  await commit(
    [roleOp(actor.townId, personId, grant)],
    [auditOf(actor, 'role.grant', personId, null, grant)],
  )
}

export async function revokeRole(actor: Actor, personId: string, grant: RoleGrant): Promise<void> {
  await commit(
    [
      {
        write: {
          Delete: {
            TableName: table(),
            Key: roleKey(personId, grant.role, grant.scopeId),
            ConditionExpression: 'attribute_exists(PK)',
          },
        },
        onConditionFailed: () => new NotFoundError('该角色', 'role assignment'),
      },
    ],
    [auditOf(actor, 'role.revoke', personId, grant, null)],
  )
}

/** Who holds roles over a unit (e.g. the link leader of a group). */
export async function holdersOf(scopeId: string): Promise<{ personId: string; role: Role }[]> {
  const items = await queryAll<RoleItem>({
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': `SCOPE#${scopeId}` },
  })
  return items.map(({ personId, role }) => ({ personId, role }))
}
