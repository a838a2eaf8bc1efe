/** Log levels, as Lambda's own JSON logs name them; SILENT writes nothing. */
const LEVELS = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, SILENT: 28 } as const
export type LogLevel = keyof typeof LEVELS

type Fields = Record<string, unknown>

/**
 * The one structured logger: a JSON line a record on stdout, which CloudWatch keeps. Log ids,
 * routes, codes and timings only: never a request or response body, a token, or a personal
 * number (SPEC §9). Hand-made, not a library: it is loaded by every Lambda's cold start.
 */
class Logger {
  constructor(private threshold: LogLevel) {}

  setLogLevel(level: LogLevel): void {
    this.threshold = level
  }

  debug(message: string, fields?: Fields): void {
    this.write('DEBUG', message, fields)
  }

  info(message: string, fields?: Fields): void {
    this.write('INFO', message, fields)
  }

  warn(message: string, fields?: Fields): void {
    this.write('WARN', message, fields)
  }

  error(message: string, fields?: Fields): void {
    this.write('ERROR', message, fields)
  }

  private write(level: LogLevel, message: string, fields: Fields = {}): void {
    if (LEVELS[level] < LEVELS[this.threshold]) return
    const record = { level, message, service: 'jifenbao', timestamp: new Date().toISOString() }
    process.stdout.write(`${JSON.stringify({ ...record, ...fields })}\n`)
  }
}

const configured = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase()
export const log = new Logger(configured in LEVELS ? (configured as LogLevel) : 'INFO')

/** Blanks any run of 7+ digits (a phone or ID number) in free text, e.g. an error message, before it is logged. */
export const redactNumbers = (text: string | undefined) =>
  text?.replace(/\d{7,}[\dXx]?/g, (m) => '*'.repeat(m.length))
