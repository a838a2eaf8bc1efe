import { saveSession } from '../src/api/client'
import { chooseUnit, type Unit } from '../src/lib/roles'
import { stand } from './taro'

export const VILLAGER: Unit = {
  role: 'villager',
  scopeId: 'H1',
  name: '陈桂兰户',
  villageId: 'V1',
  villageName: '东尉村',
}
export const CLERK: Unit = {
  role: 'clerk',
  scopeId: 'S1',
  name: '东尉村共富超市',
  villageId: null,
  villageName: null,
}
export const LEADER: Unit = {
  role: 'linkLeader',
  scopeId: 'G1',
  name: '第一联户小组',
  villageId: 'V1',
  villageName: '东尉村',
}
export const BOARD: Unit = {
  role: 'reviewBoard',
  scopeId: 'V1',
  name: '东尉村',
  villageId: 'V1',
  villageName: '东尉村',
}

/** A signed-in person of household H1 (or none), working in `unit`. */
export function signIn(unit: Unit, householdId: string | null = 'H1') {
  stand.reset()
  saveSession({
    token: 'token-1',
    user: { id: 'P1', name: '陈桂兰', townId: 'T1', householdId, roles: [] },
  })
  chooseUnit(unit)
}

export const json = (status: number, body: unknown) => ({ status, body })
export const refusal = (status: number, code: string, message: string) =>
  json(status, { error: { code, message } })

/** Household H1 of village V1 as `GET /households/H1` shows it. */
export const householdH1 = (
  headName: string,
  balance: number,
  members: { id: string; name: string; phone: string | null; partyMember: boolean }[] = [],
) => ({
  id: 'H1',
  headName,
  villageId: 'V1',
  gridId: 'G1',
  groupId: 'L1',
  balance,
  members,
  restrictions: [],
})
