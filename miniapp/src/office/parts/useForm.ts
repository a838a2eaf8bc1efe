import { useState } from 'react'
import type * as z from 'zod'
import { chineseOf } from '@jifenbao/shared'

/**
 * A form's text as typed, checked as it is typed by the route's own schema, so the person
 * reads the server's words before sending: a field's problem shows once it has been touched.
 * `toBody` turns the text into the route's body (numbers, choices, nothing for empty).
 */
export function useForm<F extends string, B>(
  initial: Record<F, string>,
  schema: z.ZodType<B>,
  toBody: (values: Record<F, string>) => unknown,
  labels: Partial<Record<F, string>> = {},
) {
  const [values, setValues] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const parsed = schema.safeParse(toBody(values))
  const problems = new Map<string, string>()
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    const said = issue.message.includes(' / ')
      ? chineseOf(issue.message)
      : `请填写${labels[field as F] ?? ''}`
    if (!problems.has(field)) problems.set(field, said)
  }
  return {
    values,
    set: (field: F) => (value: string) => {
      setValues((v) => ({ ...v, [field]: value }))
      setTouched((t) => new Set(t).add(field))
    },
    problem: (field: F) => (touched.has(field) ? problems.get(field) : undefined),
    /** The body to send, or none while anything is wrong. */
    body: parsed.success ? parsed.data : undefined,
    reset: (next: Record<F, string> = initial) => {
      setValues(next)
      setTouched(new Set())
    },
  }
}

export type Form<F extends string, B> = ReturnType<typeof useForm<F, B>>

/** A number box's text as a number, or nothing while it is empty (the schema says what is missing). */
export const numberOr = (text: string) => (text.trim() === '' ? undefined : Number(text))
