import { chineseOf, HouseholdInputSchema, PhoneSchema } from '@jifenbao/shared'

/** One household of the village's paper roster: the head's name, and an address and phone if given. */
export interface RosterLine {
  line: number
  headName: string
  address?: string
  phone?: string
}

const MOBILE = /^1\d{10}$/
/** Five digits or more in a row: a phone number, whole or broken, never part of an address. */
const DIGIT_RUN = /\d{5,}/

/**
 * Reads a roster typed or pasted one household a line — 「张建国 东尉村12号 13800000001」,
 * in any order after the name, separated by spaces, commas or 、 — into households, and
 * names each line that cannot be taken as it is (in Chinese, with its line number).
 */
export function parseRoster(text: string): { households: RosterLine[]; problems: string[] } {
  const households: RosterLine[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const [name, ...rest] = raw.split(/[\s,，、]+/).filter(Boolean)
    if (!name) return
    const line = i + 1
    const phone = rest.find((t) => MOBILE.test(t))
    const address = rest.filter((t) => t !== phone).join(' ') || undefined
    const household = HouseholdInputSchema.safeParse({ headName: name, address })
    const mobile = phone === undefined || PhoneSchema.safeParse(phone).success
    const broken = rest.find((t) => t !== phone && DIGIT_RUN.test(t))
    if (broken) problems.push(`第 ${line} 行：“${broken}”像是手机号，但不是 11 位，请改正或删掉`)
    else if (!household.success)
      problems.push(`第 ${line} 行：${chineseOf(household.error.issues[0]!.message)}`)
    else if (!mobile) problems.push(`第 ${line} 行：手机号应为 11 位数字`)
    else
      households.push({
        line,
        headName: name,
        ...(address && { address }),
        ...(phone && { phone }),
      })
  })
  return { households, problems }
}
