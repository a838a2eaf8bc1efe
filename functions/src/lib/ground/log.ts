import { Logger } from '@aws-lambda-powertools/logger'
import type { LogLevel } from '@aws-lambda-powertools/logger/types'

/**
 * The one structured logger. Log ids, routes, codes and timings only: never a request
 * or response body, a token, or a personal number (SPEC §9).
 */
export const log = new Logger({
  serviceName: 'jifenbao',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as LogLevel,
})

/** Blanks any run of 7+ digits (a phone or ID number) in free text, e.g. an error message, before it is logged. */
export const redactNumbers = (text: string | undefined) =>
  text?.replace(/\d{7,}[\dXx]?/g, (m) => '*'.repeat(m.length))
