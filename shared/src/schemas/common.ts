import * as z from 'zod'
import { isCalendarDate } from '../rules/time'
import { lazily } from './lazily'

/** One message in both languages, as every error the API returns (API.md Conventions). */
export const bilingual = (zh: string, en: string) => `${zh} / ${en}`

/** The Chinese half of a bilingual message, for a screen ("价格至少 1 豆 / price must be …"). */
export const chineseOf = (message: string) => message.split(' / ')[0]!

/** Server-made ids (ULIDs) and other opaque references. */
export const IdSchema = lazily(() =>
  z
    .string()
    .trim()
    .min(1, bilingual('不能为空', 'must not be empty'))
    .max(64, bilingual('编号过长', 'id is too long')),
)

/** A human-typed name: trimmed, 1–50 characters. */
export const NameSchema = lazily(() =>
  z
    .string()
    .trim()
    .min(1, bilingual('请填写名称', 'name is required'))
    .max(50, bilingual('名称不能超过 50 个字', 'name must be at most 50 characters')),
)

export const DateSchema = lazily(() =>
  z
    .string()
    .refine(
      isCalendarDate,
      bilingual('日期格式应为 YYYY-MM-DD', 'date must be a real date YYYY-MM-DD'),
    ),
)

export const MonthSchema = lazily(() =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingual('月份格式应为 YYYY-MM', 'month must be YYYY-MM')),
)

export const QuarterSchema = lazily(() =>
  z.string().regex(/^\d{4}-Q[1-4]$/, bilingual('季度格式应为 YYYY-Qn', 'quarter must be YYYY-Qn')),
)

/** Mainland mobile number, 11 digits. */
export const PhoneSchema = lazily(() =>
  z
    .string()
    .trim()
    .regex(
      /^1[3-9]\d{9}$/,
      bilingual('手机号应为 11 位数字', 'phone must be an 11-digit mobile number'),
    ),
)

/** 18-character resident ID number with its GB 11643 check character. */
export const IdNumberSchema = lazily(() =>
  z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, bilingual('身份证号码有误', 'ID number is not valid')),
)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** The ID number of these 17 digits: with its check character. */
export function withIdCheck(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  return first17 + ID_CHECK[sum % 11]
}

/** Catches the typing slips of a roster copied from paper (one wrong or swapped digit). */
export function isValidIdNumber(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0)
  return ID_CHECK[sum % 11] === s[17]
}

export const PageQuerySchema = lazily(() =>
  z.object({
    cursor: z.string().min(1).optional(),
  }),
)

/** Every list route answers `{ items, cursor }`; the cursor is null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.string().nullable() })

/** zod's own messages (wrong type, too short …) in Chinese and English, for a per-parse `error`. */
export function bilingualIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? bilingual('缺少此项', 'this field is required')
        : bilingual('类型不对', `expected ${issue.expected}`)
    case 'too_small':
      return bilingual(
        `不能小于 ${issue.minimum}`,
        `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}`,
      )
    case 'too_big':
      return bilingual(
        `不能大于 ${issue.maximum}`,
        `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`,
      )
    case 'invalid_value':
      return bilingual(
        '取值不在允许范围内',
        `must be one of ${issue.values.map(String).join(', ')}`,
      )
    case 'invalid_format':
      return bilingual('格式不对', `must be a valid ${issue.format}`)
    default:
      return undefined
  }
}

/** Every refusal (API.md Conventions): a code and a message in Chinese and English. */
export const ApiErrorSchema = lazily(() =>
  z.object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  }),
)

/** The answer of a route that makes one thing. */
export const CreatedSchema = lazily(() => z.object({ id: z.string() }))

/** The answer of a route that moves a thing to another state. */
export const StatusSchema = lazily(() =>
  z.object({ id: z.string().optional(), status: z.string() }),
)
