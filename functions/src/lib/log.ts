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
